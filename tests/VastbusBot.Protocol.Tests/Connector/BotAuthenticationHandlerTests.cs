using System.Net;
using VastbusBot.Protocol.Auth;
using VastbusBot.Protocol.Tests.Support;

namespace VastbusBot.Protocol.Tests.Connector;

public sealed class BotAuthenticationHandlerTests
{
    private static HttpClient CreateClient(FakeConnector inner, StaticTokenProvider tokens) =>
        new(new BotAuthenticationHandler(tokens, new TrustedServiceUrls(["connector.test"])) { InnerHandler = inner });

    [Fact]
    public async Task SendAsync_TrustedHost_AddsBearerToken()
    {
        using var inner = new FakeConnector();
        var tokens = new StaticTokenProvider("t-1");
        using var client = CreateClient(inner, tokens);

        using var response = await client.GetAsync(new Uri("https://connector.test/v3/conversations"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Bearer t-1", Assert.Single(inner.Requests).Authorization);
    }

    [Fact]
    public async Task SendAsync_UntrustedHost_ThrowsWithoutTokenOrRequest()
    {
        using var inner = new FakeConnector();
        var tokens = new StaticTokenProvider("t-1");
        using var client = CreateClient(inner, tokens);

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.GetAsync(new Uri("https://elsewhere.test/v3/conversations")));

        Assert.Empty(inner.Requests);
        Assert.Equal(0, tokens.Calls);
    }

    [Fact]
    public async Task SendAsync_UnregisteredLoopback_Throws()
    {
        using var inner = new FakeConnector();
        using var client = CreateClient(inner, new StaticTokenProvider(null));

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.GetAsync(new Uri("http://localhost:5000/_connector/v3/conversations")));

        Assert.Empty(inner.Requests);
    }

    [Fact]
    public async Task SendAsync_RegisteredLoopbackWithoutToken_SendsWithoutAuthorization()
    {
        using var inner = new FakeConnector();
        var trusted = new TrustedServiceUrls(registerLoopbackOnly: true);
        trusted.Register(new Uri("http://localhost:5000/_connector"));
        using var client = new HttpClient(new BotAuthenticationHandler(new StaticTokenProvider(null), trusted) { InnerHandler = inner });

        using var response = await client.GetAsync(new Uri("http://localhost:5000/_connector/v3/conversations"));

        Assert.Null(Assert.Single(inner.Requests).Authorization);
    }
}
