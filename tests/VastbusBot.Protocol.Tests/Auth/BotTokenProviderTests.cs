using Azure.Core;
using Microsoft.Extensions.Time.Testing;
using Moq;
using VastbusBot.Protocol.Auth;
using VastbusBot.Protocol.Hosting;

namespace VastbusBot.Protocol.Tests.Auth;

public sealed class BotTokenProviderTests
{
    [Fact]
    public async Task ManagedIdentity_TokenCachedUntilFiveMinutesBeforeExpiry()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var credential = new Mock<TokenCredential>();
        var issued = 0;
        credential
            .Setup(c => c.GetTokenAsync(It.Is<TokenRequestContext>(r => r.Scopes.Single() == "https://api.botframework.com/.default"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new AccessToken($"token-{++issued}", time.GetUtcNow().AddHours(1)));
        using var provider = new ManagedIdentityBotTokenProvider(credential.Object, new BotFrameworkOptions(), time);

        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("SingleTenant", "https://login.microsoftonline.com/tenant-1")]
    [InlineData("MultiTenant", "https://login.microsoftonline.com/botframework.com")]
    public void MsalAuthority_ByAppType(string appType, string expected)
    {
        var bot = new BotOptions { MicrosoftAppId = "app", MicrosoftAppTenantId = "tenant-1", MicrosoftAppType = appType };

        Assert.Equal(expected, MsalBotTokenProvider.GetAuthority(bot, new BotFrameworkOptions { OAuthAuthorityHost = "https://login.microsoftonline.com/" }));
    }

    [Fact]
    public async Task NoBotTokenProvider_ReturnsNull()
    {
        Assert.Null(await new NoBotTokenProvider().GetTokenAsync(CancellationToken.None));
    }
}
