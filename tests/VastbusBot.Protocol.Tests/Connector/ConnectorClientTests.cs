using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;
using VastbusBot.Protocol.Auth;
using VastbusBot.Protocol.Hosting;
using VastbusBot.Protocol.Schema;
using VastbusBot.Protocol.Tests.Support;

namespace VastbusBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IDisposable
{
    private const string Teams = "https://smba.trafficmanager.net/teams/";
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=1700000000000";
    private const string EscapedThread = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000";

    private readonly FakeConnector _connector = new();
    private readonly StaticTokenProvider _tokens = new("outbound-token");
    private readonly ServiceProvider _services;

    public ConnectorClientTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant",
            ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.001",
            ["BotFramework:ConnectorRetryMaxDelay"] = "00:00:00.050",
            ["BotFramework:TrustedServiceUrlHosts:0"] = "connector.test",
        }).Build();
        var environment = Mock.Of<IHostEnvironment>(e => e.EnvironmentName == Environments.Production);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IBotTokenProvider>(_tokens);
        services.AddBotProtocol<RecordingHandler>(configuration, environment);
        services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _connector);
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<IConnectorClient>();
    }

    private IConnectorClient Client { get; }

    public void Dispose()
    {
        _services.Dispose();
        _connector.Dispose();
    }

    private static Uri Url(string url) => new(url);

    [Fact]
    public async Task SendToConversationAsync_ChannelThread_PostsEscapedPathWithBodyAndToken()
    {
        var response = await Client.SendToConversationAsync(Url(Teams), ChannelThread, Activity.CreateMessage("Hej på dig"), CancellationToken.None);

        Assert.Equal("sent-1", response.Id);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"{Teams}v3/conversations/{EscapedThread}/activities", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer outbound-token", request.Authorization);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Hej på dig", body.RootElement.GetProperty("text").GetString());
        Assert.Contains("Hej på dig", request.Body, StringComparison.Ordinal);
        Assert.False(body.RootElement.TryGetProperty("id", out _));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net/v3/conversations/a%3A1/activities")]
    public async Task SendToConversationAsync_ServiceUrlWithOrWithoutSlash_SamePath(string serviceUrl, string expected)
    {
        await Client.SendToConversationAsync(Url(serviceUrl), "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal(expected, Assert.Single(_connector.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task ReplyToActivityAsync_PostsToActivityPathWithReplyToId()
    {
        await Client.ReplyToActivityAsync(Url(Teams), ChannelThread, "1:root/id", Activity.CreateMessage("x"), CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"{Teams}v3/conversations/{EscapedThread}/activities/1%3Aroot%2Fid", request.Uri.AbsoluteUri);
        Assert.Equal("1:root/id", JsonDocument.Parse(request.Body!).RootElement.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task UpdateActivityAsync_PutsFullActivity()
    {
        _connector.Then(HttpStatusCode.OK, "{\"id\":\"card-1\"}");
        var card = Activity.CreateMessage();
        card.Attachments = [Attachment.AdaptiveCard(new { type = "AdaptiveCard", version = "1.5" })];

        var response = await Client.UpdateActivityAsync(Url(Teams), "a:1", "card-1", card, CancellationToken.None);

        Assert.Equal("card-1", response.Id);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal($"{Teams}v3/conversations/a%3A1/activities/card-1", request.Uri.AbsoluteUri);
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.Equal("card-1", body.GetProperty("id").GetString());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Equal("1.5", body.GetProperty("attachments")[0].GetProperty("content").GetProperty("version").GetString());
    }

    [Fact]
    public async Task DeleteActivityAsync_SendsDeleteWithoutBody()
    {
        _connector.Then(HttpStatusCode.OK);

        await Client.DeleteActivityAsync(Url(Teams), "a:1", "m-1", CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal($"{Teams}v3/conversations/a%3A1/activities/m-1", request.Uri.AbsoluteUri);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task CreateConversationAsync_PostsParametersAndReadsResponse()
    {
        _connector.Then(HttpStatusCode.Created, "{\"id\":\"a:new\",\"activityId\":\"m-9\"}");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };

        var response = await Client.CreateConversationAsync(Url(Teams), parameters, CancellationToken.None);

        Assert.Equal("a:new", response.Id);
        Assert.Equal("m-9", response.ActivityId);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal($"{Teams}v3/conversations", request.Uri.AbsoluteUri);
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:user", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("tenantId").GetString());
        Assert.False(body.TryGetProperty("bot", out _));
    }

    [Fact]
    public async Task SendToConversationAsync_202WithoutBody_ReturnsEmptyId()
    {
        _connector.Then(HttpStatusCode.Accepted);

        var response = await Client.SendToConversationAsync(Url(Teams), "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfter_RetriedThenSucceeds()
    {
        _connector.Then(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero));

        var response = await Client.SendToConversationAsync(Url(Teams), "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal("sent-1", response.Id);
        Assert.Equal(2, _connector.Requests.Count);
        Assert.All(_connector.Requests, r => Assert.Equal("Bearer outbound-token", r.Authorization));
        Assert.Equal(_connector.RequestList[0].Body, _connector.RequestList[1].Body);
    }

    [Fact]
    public async Task SendToConversationAsync_429Always_ThrowsAfterThreeRetries()
    {
        for (var i = 0; i < 4; i++)
        {
            _connector.Then(HttpStatusCode.TooManyRequests, "{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}");
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync(Url(Teams), "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.True(error.IsThrottled);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Equal(4, _connector.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_502_NotRetried()
    {
        _connector.Then(HttpStatusCode.BadGateway);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync(Url(Teams), "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectionRefused_RetriedBecauseNothingWasSent()
    {
        _connector.ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused)));

        var response = await Client.SendToConversationAsync(Url(Teams), "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal("sent-1", response.Id);
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectionDroppedAfterSend_NotRetried()
    {
        _connector.ThenThrow(new HttpRequestException(HttpRequestError.ResponseEnded, "the response ended prematurely"));

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            Client.SendToConversationAsync(Url(Teams), "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task UpdateActivityAsync_502ThenOk_Retried()
    {
        _connector.Then(HttpStatusCode.BadGateway).Then(HttpStatusCode.OK, "{\"id\":\"card-1\"}");

        await Client.UpdateActivityAsync(Url(Teams), "a:1", "card-1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal(2, _connector.Requests.Count);
        Assert.All(_connector.Requests, r => Assert.Equal(HttpMethod.Put, r.Method));
    }

    [Fact]
    public async Task DeleteActivityAsync_NetworkErrorThenOk_Retried()
    {
        _connector.ThenThrow(new HttpRequestException(HttpRequestError.ResponseEnded, "reset")).Then(HttpStatusCode.OK);

        await Client.DeleteActivityAsync(Url(Teams), "a:1", "m-1", CancellationToken.None);

        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_412ThenCreated_Retried()
    {
        _connector.Then(HttpStatusCode.PreconditionFailed);

        var response = await Client.SendToConversationAsync(Url(Teams), "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal("sent-1", response.Id);
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_403_ThrowsRecipientGoneWithCodeAndCorrelation()
    {
        _connector.Then(
            HttpStatusCode.Forbidden,
            "{\"error\":{\"code\":\"ConversationBlockedByUser\",\"message\":\"User blocked the conversation with the bot.\"}}",
            r => r.Headers.Add("MS-CV", "cv-123"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync(Url(Teams), "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.True(error.IsRecipientGone);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("ConversationBlockedByUser", error.ErrorCode);
        Assert.Equal("User blocked the conversation with the bot.", error.ErrorMessage);
        Assert.Equal("cv-123", error.CorrelationId);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_404NonJsonBody_ThrowsRecipientGoneWithoutCode()
    {
        _connector.Then(HttpStatusCode.NotFound, "<html>not found</html>", r => r.Headers.Add("X-Correlating-OperationId", "op-9"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync(Url(Teams), "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.True(error.IsRecipientGone);
        Assert.Null(error.ErrorCode);
        Assert.Equal("op-9", error.CorrelationId);
    }

    [Fact]
    public async Task SendToConversationAsync_500_NotRetriedNotGone()
    {
        _connector.Then(HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.UpdateActivityAsync(Url(Teams), "a:1", "m-1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.False(error.IsRecipientGone);
        Assert.Single(_connector.Requests);
    }

    [Theory]
    [InlineData("https://attacker.example/teams/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/")]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    [InlineData("https://user@smba.trafficmanager.net/teams/")]
    public async Task AnyCall_UntrustedServiceUrl_ThrowsAndSendsNothing(string serviceUrl)
    {
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            Client.SendToConversationAsync(Url(serviceUrl), "a:1", Activity.CreateMessage("x"), CancellationToken.None));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            Client.CreateConversationAsync(Url(serviceUrl), new ConversationParameters(), CancellationToken.None));

        Assert.Empty(_connector.Requests);
        Assert.Equal(0, _tokens.Calls);
    }

    [Fact]
    public async Task AnyCall_ConfiguredExtraHost_Trusted()
    {
        await Client.SendToConversationAsync(Url("https://connector.test/"), "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal("Bearer outbound-token", Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task AnyCall_ServiceUrlRegisteredFromInboundActivity_Trusted()
    {
        var regional = Url("https://eu.connector.example/teams/");
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            Client.SendToConversationAsync(regional, "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        _services.GetRequiredService<ITrustedServiceUrls>().Register(regional);
        await Client.SendToConversationAsync(regional, "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal("Bearer outbound-token", Assert.Single(_connector.Requests).Authorization);
    }
}
