using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace VastbusBot.EndToEnd.Tests.Support;

/// <summary>The end-to-end tests share one stack and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEndStack>
{
    public const string Name = "End to end";
}

/// <summary>
/// What every end-to-end test needs and is slow to start: a private Azurite, the Graph emulator (the playground's users
/// and calendars), the bot on Kestrel using both, and headless Debian Chromium driven by Playwright. Each test then
/// opens its own <see cref="ChatSession"/> (its own Agents Playground with a new personal chat, and a fresh browser
/// context), so the bot meets every test as a first contact.
/// </summary>
public sealed class EndToEndStack : IAsyncLifetime
{
    /// <summary>Debian's chromium; Playwright never downloads a browser here. Override with VASTBUSBOT_CHROMIUM.</summary>
    private const string DefaultChromium = "/usr/bin/chromium";

    private readonly AzuriteFixture _azurite = new();
    private GraphEmulatorHost? _graph;
    private BotHost? _bot;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    internal BotHost Bot => _bot ?? throw new InvalidOperationException("The stack is not started.");

    /// <summary>The Graph emulator the bot books in (Graph:BaseUrl points here).</summary>
    internal GraphEmulatorControl Graph => _graph?.Control ?? throw new InvalidOperationException("The stack is not started.");

    internal IBrowser Browser => _browser ?? throw new InvalidOperationException("The stack is not started.");

    public async Task InitializeAsync()
    {
        try
        {
            var chromium = ChromiumPath();
            await _azurite.InitializeAsync();
            _graph = await GraphEmulatorHost.StartAsync();
            _bot = await BotHost.StartAsync(_azurite.ConnectionString, _graph.Control.GraphBaseUrl);
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Timeout = 60_000,
                // No sandbox: CI runs as root in a container. The rest keeps Chromium from calling home.
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                    "--disable-background-networking", "--disable-component-update",
                ],
            });
        }
        catch
        {
            await DisposeAsync(); // xunit does not dispose a fixture whose initialisation failed
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
            _bot = null;
        }

        if (_graph is not null)
        {
            await _graph.DisposeAsync();
            _graph = null;
        }

        await _azurite.DisposeAsync();
    }

    /// <summary>
    /// Runs <paramref name="scenario"/> in a new chat with the bot. On failure it saves a screenshot, the page's HTML,
    /// a Playwright trace and the bot's and playground's logs to <c>TestResults/e2e/&lt;name&gt;-&lt;time&gt;/</c>
    /// before rethrowing. A scenario also fails when the bot logged an error meanwhile.
    /// </summary>
    /// <param name="name">The test's name, for the artifact folder.</param>
    public async Task RunChatAsync(string name, Func<ChatSession, Task> scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var logMark = Bot.Log.Count;
        await using var chat = await ChatSession.OpenAsync(Browser, Bot.MessagesEndpoint);
        try
        {
            await chat.WaitUntilReadyAsync();
            await scenario(chat);
            var errors = Bot.Log.Since(logMark).Where(e => e.Level >= LogLevel.Error).ToList();
            Assert.True(errors.Count == 0, "The bot logged errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
            if (FailureArtifacts.AlwaysSave)
            {
                await FailureArtifacts.SaveAsync(name, chat, Bot.Log.Format(logMark), failure: null);
            }
        }
        catch (Exception ex)
        {
            var folder = await FailureArtifacts.SaveAsync(name, chat, Bot.Log.Format(logMark), ex);
            throw new EndToEndFailureException($"{ex.Message}{Environment.NewLine}Screenshot, page HTML, trace and logs: {folder}", ex);
        }
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("VASTBUSBOT_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultChromium;
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Chromium was not found at {path}: install Debian's package (sudo apt-get install -y chromium) or set VASTBUSBOT_CHROMIUM. " +
                "Browsers are never downloaded (`playwright install` is not used).");
    }
}

/// <summary>A failed end-to-end scenario; the message says where its screenshot, page and logs were saved.</summary>
public sealed class EndToEndFailureException(string message, Exception inner) : Exception(message, inner);
