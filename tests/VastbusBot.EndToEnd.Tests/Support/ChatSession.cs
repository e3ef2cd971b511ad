using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace VastbusBot.EndToEnd.Tests.Support;

/// <summary>
/// One user's chat with the bot in the Agents Playground's page: a playground process of its own (the repo's mock
/// tenant, but a new personal-chat id, so the bot has never seen the conversation) and a fresh browser context.
/// Selectors are the ones documented for playground 0.2.28 in /work/shared/design/agents-playground.md.
/// </summary>
public sealed partial class ChatSession : IAsyncDisposable
{
    /// <summary>How long to wait for the bot or the page; generous because CI machines have 2 busy cores.</summary>
    public const float Timeout = 20_000;

    private readonly PlaygroundProcess _playground;
    private readonly string _configPath;
    private readonly IBrowserContext _context;
    private bool _tracing = true;

    private ChatSession(PlaygroundProcess playground, string configPath, IBrowserContext context, IPage page, string conversationId)
    {
        _playground = playground;
        _configPath = configPath;
        _context = context;
        Page = page;
        ConversationId = conversationId;
    }

    public IPage Page { get; }

    /// <summary>The personal chat's id, new for every session.</summary>
    public string ConversationId { get; }

    /// <summary>Every message in the open chat, the user's and the bot's (not the chat list's previews or the log panel).</summary>
    public ILocator Messages => Page.Locator("div:has(> [aria-label=\"Message header\"])");

    /// <summary>The messages the user sent (they have no author line; the bot's have one).</summary>
    public ILocator UserMessages => Messages.Filter(new LocatorFilterOptions { HasNot = Page.Locator("[aria-label=\"Message author\"]") });

    /// <summary>The bar the playground shows when an Action.Execute got a card back from the bot.</summary>
    public ILocator CardUpdatedBar => Page.GetByText("Your response was sent to the app");

    private ILocator Composer => Page.Locator("[data-lexical-editor=\"true\"][role=\"textbox\"]");

    internal static async Task<ChatSession> OpenAsync(IBrowser browser, string botEndpoint)
    {
        var conversationId = "a:e2e-" + Guid.NewGuid().ToString("N");
        var configPath = MockTenant.WriteWithPersonalChat(conversationId);
        PlaygroundProcess? playground = null;
        try
        {
            playground = await PlaygroundProcess.StartAsync(botEndpoint, configPath: configPath);
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
                Locale = "sv-SE",
            });
            context.SetDefaultTimeout(Timeout);

            // The page loads fonts and an animation worklet from a CDN; fail those at once instead of waiting on DNS.
            await context.RouteAsync(ExternalUrl(), route => route.AbortAsync());
            await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
            var page = await context.NewPageAsync();
            return new ChatSession(playground, configPath, context, page, conversationId);
        }
        catch
        {
            if (playground is not null)
            {
                await playground.DisposeAsync();
            }

            File.Delete(configPath);
            throw;
        }
    }

    /// <summary>
    /// Opens the page and waits until the playground has delivered its installationUpdate and conversationUpdate to
    /// the bot and the bot accepted both (202), as the page does on every load.
    /// </summary>
    public async Task WaitUntilReadyAsync()
    {
        await Page.GotoAsync(_playground.BaseUrl.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Assertions.Expect(Composer).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(Page.GetByText(InstallationDelivered())).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(Page.GetByText(ConversationUpdateDelivered())).ToBeVisibleAsync(new() { Timeout = Timeout });
    }

    /// <summary>Types <paramref name="text"/> into the composer, as a user does, and presses Enter.</summary>
    public async Task SendAsync(string text)
    {
        await Composer.ClickAsync();
        await Page.Keyboard.TypeAsync(text);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>The chat messages that contain <paramref name="text"/>.</summary>
    public ILocator MessagesWith(string text) => Messages.Filter(new LocatorFilterOptions { HasText = text });

    /// <summary>The chat messages that match <paramref name="text"/>.</summary>
    public ILocator MessagesWith(Regex text) => Messages.Filter(new LocatorFilterOptions { HasTextRegex = text });

    /// <summary>A card button (an Adaptive Card action) by its exact title.</summary>
    public static ILocator Button(ILocator card, string title)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true });
    }

    /// <summary>A card's text input (Input.Text, single or multi-line) by its label or placeholder.</summary>
    public static ILocator TextInput(ILocator card, string label)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = label, Exact = true });
    }

    /// <summary>
    /// Clicks an Action.Execute once more without the page: the playground's own invoke API, as the current user in this
    /// chat, the way Teams redelivers an invoke. Returns the bot's answer (<c>{type, value}</c>).
    /// </summary>
    /// <param name="cardMessageId">The playground's id of the card message (it answers 400 without an existing one).</param>
    /// <param name="verb">The button's verb.</param>
    /// <param name="data">The button's data.</param>
    public async Task<JsonObject> InvokeAsync(string cardMessageId, string verb, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var http = new HttpClient { BaseAddress = _playground.BaseUrl, Timeout = TimeSpan.FromMilliseconds(Timeout) };
        var config = await http.GetFromJsonAsync<JsonObject>("_internal/v1/testConfig");
        var userId = config?["config"]?["currentUser"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException("The playground did not say who the current user is.");
        data["verb"] = verb;
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } },
            ["from"] = new JsonObject { ["id"] = userId },
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["replyToId"] = cardMessageId,
        };
        using var response = await http.PostAsJsonAsync("_conversation/v1/invoke", body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonObject>() ?? throw new InvalidOperationException("The invoke returned nothing.");
    }

    /// <summary>
    /// Picks <paramref name="options"/> in a card's ChoiceSet shown as a drop-down (the playground renders compact and
    /// filtered ChoiceSets as a Fluent combobox whose options open in a list).
    /// </summary>
    public async Task ChooseAsync(ILocator card, string label, params string[] options)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(options);
        var box = card.GetByRole(AriaRole.Combobox, new LocatorGetByRoleOptions { Name = label, Exact = true });
        if (options.Length == 1 && await box.InputValueAsync() == options[0])
        {
            return; // already chosen: clicking a chosen option would clear it
        }

        foreach (var option in options)
        {
            // Single-select options are "option"s; a multi-select's are "menuitemcheckbox"es, and its list stays open
            // after a pick (a click on the box would close it again).
            var name = new PageGetByRoleOptions { Name = option, Exact = true };
            var item = Page.GetByRole(AriaRole.Option, name).Or(Page.GetByRole(AriaRole.Menuitemcheckbox, name));
            if (!await item.IsVisibleAsync())
            {
                await box.ClickAsync();
            }

            await item.ClickAsync();
        }

        await Page.Keyboard.PressAsync("Escape");
    }

    /// <summary>Picks an option of a card's ChoiceSet shown expanded (radio buttons).</summary>
    public static Task ChooseRadioAsync(ILocator card, string option)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.GetByRole(AriaRole.Radio, new LocatorGetByRoleOptions { Name = option, Exact = true }).CheckAsync();
    }

    /// <summary>The playground's log so far (bot call failures appear only here).</summary>
    public string PlaygroundLog() => _playground.ReadLog();

    /// <summary>Stops tracing and writes the trace to <paramref name="path"/> (see <see cref="FailureArtifacts"/>).</summary>
    internal async Task SaveTraceAsync(string path)
    {
        if (_tracing)
        {
            _tracing = false;
            await _context.Tracing.StopAsync(new TracingStopOptions { Path = path });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_tracing)
        {
            _tracing = false;
            await _context.Tracing.StopAsync();
        }

        await _context.CloseAsync();
        await _playground.DisposeAsync();
        File.Delete(_configPath);
    }

    /// <summary>Any http(s) URL that is not on this machine.</summary>
    [GeneratedRegex(@"^https?://(?!127\.0\.0\.1|localhost|\[::1\])")]
    private static partial Regex ExternalUrl();

    // Log panel lines such as "Microsoft 365 Agents Playground -> User Application installationUpdate 202".
    [GeneratedRegex(@"-> User Application installationUpdate 202")]
    private static partial Regex InstallationDelivered();

    [GeneratedRegex(@"-> User Application conversationUpdate 202")]
    private static partial Regex ConversationUpdateDelivered();
}
