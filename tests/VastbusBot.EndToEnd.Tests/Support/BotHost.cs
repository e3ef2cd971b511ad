using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VastbusBot.Hosting;

namespace VastbusBot.EndToEnd.Tests.Support;

/// <summary>
/// The real bot, built by <see cref="VastbusBotApp.Build"/> exactly as Program.cs builds it, on Kestrel at a free
/// loopback port in Development (no app id, so the playground's token-less calls are accepted), with its records in
/// the given Azurite. Runs in the test process so its log is captured per test and no process can be orphaned.
/// </summary>
internal sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, CapturingLoggerProvider log, Uri baseUrl)
    {
        _app = app;
        Log = log;
        BaseUrl = baseUrl;
    }

    /// <summary>The bot's services, for a test to set up or check state behind the chat (e.g. the registry).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Everything the bot logged (all categories, Debug and up).</summary>
    public CapturingLoggerProvider Log { get; }

    /// <summary>E.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The messaging endpoint to point a client at.</summary>
    public string MessagesEndpoint => new Uri(BaseUrl, "api/messages").ToString();

    /// <param name="storageConnectionString">Azurite's connection string.</param>
    /// <param name="graphBaseUrl">The Graph emulator's base URL (…/v1.0).</param>
    public static async Task<BotHost> StartAsync(string storageConnectionString, string graphBaseUrl)
    {
        var log = new CapturingLoggerProvider();

        // Command line arguments outrank every other configuration source, so nothing from the environment of whoever
        // runs the tests (ASPNETCORE_URLS, MicrosoftAppId, a storage connection string, …) changes the bot under test.
        // The content root is bot/, so the real appsettings.json and appsettings.Development.json apply.
        var tablePrefix = "e2e" + Guid.NewGuid().ToString("N")[..12];
        string[] args =
        [
            "--environment", "Development",
            "--contentRoot", RepoPaths.Combine("bot"),
            "--urls", "http://127.0.0.1:0",
            "--MicrosoftAppId=",
            "--MicrosoftAppPassword=",
            "--Storage:ConnectionString=" + storageConnectionString,
            "--Storage:TablePrefix=" + tablePrefix,
            "--Graph:BaseUrl=" + graphBaseUrl,
            // A test that needs the playground's registry fills it itself, so nothing races it in the background.
            "--Booking:DevelopmentRegistry:Enabled=false",
        ];

        var app = VastbusBotApp.Build(args, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            builder.Logging.AddProvider(log);
        });

        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var baseUrl = new Uri(address.TrimEnd('/') + "/", UriKind.Absolute);
        return new BotHost(app, log, baseUrl);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"bot at {BaseUrl}");
}
