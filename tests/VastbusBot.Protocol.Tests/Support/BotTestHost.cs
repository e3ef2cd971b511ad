using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VastbusBot.Protocol.Auth;
using VastbusBot.Protocol.Hosting;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Tests.Support;

/// <summary>A real ASP.NET Core host on a TestServer with the protocol layer, a local token issuer and a fake connector.</summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private BotTestHost(WebApplication app, TestTokens tokens, MetadataServer metadata, FakeConnector connector, HandlerRecorder recorder)
    {
        App = app;
        Tokens = tokens;
        Metadata = metadata;
        Connector = connector;
        Recorder = recorder;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public TestTokens Tokens { get; }

    public MetadataServer Metadata { get; }

    public FakeConnector Connector { get; }

    public HandlerRecorder Recorder { get; }

    public HttpClient Client { get; }

    /// <summary>Settings of an authenticated single-tenant bot with fast retries.</summary>
    public static Dictionary<string, string?> AuthenticatedSettings() => new(StringComparer.Ordinal)
    {
        ["MicrosoftAppId"] = TestTokens.AppId,
        ["MicrosoftAppPassword"] = "not-used-the-token-provider-is-faked",
        ["MicrosoftAppTenantId"] = "22222222-0000-0000-0000-000000000000",
        ["BotFramework:OpenIdMetadataUrl"] = TestTokens.MetadataUrl,
        ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.001",
        ["BotFramework:BackgroundWorkers"] = "2",
    };

    public static WebApplication Build(string environment, IDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ApplicationName = typeof(BotTestHost).Assembly.GetName().Name });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        configureServices?.Invoke(builder.Services);
        builder.Services.AddBotProtocol<RecordingHandler>(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.MapBotMessages();
        return app;
    }

    public static async Task<BotTestHost> StartAsync(string environment = "Production", IDictionary<string, string?>? settings = null)
    {
        var tokens = new TestTokens();
        var metadata = new MetadataServer(TestTokens.Jwks((tokens.SigningKey, ["msteams"])));
        var connector = new FakeConnector();
        var recorder = new HandlerRecorder();
        var app = Build(environment, settings ?? AuthenticatedSettings(), services =>
        {
            services.AddSingleton(recorder);
            services.AddSingleton<IBotTokenProvider>(new StaticTokenProvider("outbound-token"));
            services.AddHttpClient(BotTokenValidator.MetadataHttpClientName).ConfigurePrimaryHttpMessageHandler(() => metadata);
            services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => connector);
        });
        await app.StartAsync();
        return new BotTestHost(app, tokens, metadata, connector, recorder);
    }

    public static Activity Message(string id, string conversationId = "a:conv-1", string serviceUrl = TestTokens.ServiceUrl, string text = "hej") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = text,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user", Name = "Anna", AadObjectId = "aad-anna" },
        Recipient = new ChannelAccount { Id = "28:" + TestTokens.AppId, Name = "VastbusBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = "tenant-1" },
        Locale = "sv-SE",
    };

    public static Activity CardAction(string id, string verb = "save") => new()
    {
        Type = ActivityTypes.Invoke,
        Name = "adaptiveCard/action",
        Id = id,
        ServiceUrl = TestTokens.ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:" + TestTokens.AppId },
        Conversation = new ConversationAccount { Id = "a:conv-1" },
        ReplyToId = "card-1",
        Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data = new { note = "x" } }, trigger = "manual" }),
    };

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? token = "valid") =>
        PostRawAsync(JsonSerializer.Serialize(activity, ProtocolJson.Options), token == "valid" ? Tokens.Create() : token);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Metadata.Dispose();
        Connector.Dispose();
        Tokens.Dispose();
    }
}

public sealed class StaticTokenProvider(string? token) : IBotTokenProvider
{
    private int _calls;

    public int Calls => _calls;

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(token);
    }
}
