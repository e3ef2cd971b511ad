using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using VastbusBot.Protocol.Auth;
using VastbusBot.Protocol.Hosting;
using VastbusBot.Protocol.Schema;
using VastbusBot.Protocol.Tests.Support;

namespace VastbusBot.Protocol.Tests.Auth;

public sealed class BotTokenValidatorTests : IDisposable
{
    private readonly TestTokens _tokens = new();
    private readonly MetadataServer _server;
    private readonly BotTokenValidator _validator;

    public BotTokenValidatorTests()
    {
        _server = new MetadataServer(TestTokens.Jwks((_tokens.SigningKey, ["msteams"])));
        _validator = CreateValidator(_server);
    }

    public void Dispose()
    {
        _tokens.Dispose();
        _server.Dispose();
    }

    private static BotTokenValidator CreateValidator(MetadataServer server, string appId = TestTokens.AppId) => new(
        Options.Create(new BotOptions { MicrosoftAppId = appId }),
        Options.Create(new BotFrameworkOptions { OpenIdMetadataUrl = TestTokens.MetadataUrl, TokenIssuer = TestTokens.Issuer }),
        new SingleHandlerClientFactory(server),
        NullLogger<BotTokenValidator>.Instance);

    private static Activity TeamsActivity(string serviceUrl = TestTokens.ServiceUrl, string? channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ServiceUrl = serviceUrl,
        ChannelId = channelId,
        Conversation = new ConversationAccount { Id = "a:1" },
    };

    private Task<BotAuthenticationResult> ValidateAsync(string? header, Activity? activity = null) =>
        _validator.ValidateAsync(header, activity ?? TeamsActivity(), CancellationToken.None);

    [Fact]
    public async Task ValidateAsync_ValidTeamsToken_Authenticated()
    {
        var result = await ValidateAsync("Bearer " + _tokens.Create());

        Assert.Equal(BotAuthenticationStatus.Authenticated, result.Status);
        Assert.Equal(TestTokens.ServiceUrl, result.ServiceUrlClaim);
        Assert.Equal(["msteams"], result.Endorsements);
    }

    [Fact]
    public async Task ValidateAsync_MissingHeader_Unauthorized()
    {
        var result = await ValidateAsync(null);

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
        Assert.Equal(0, _server.MetadataRequests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b c.d")]
    public async Task ValidateAsync_MalformedHeader_Unauthorized(string header)
    {
        var result = await ValidateAsync(header);

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_WrongIssuer_Unauthorized()
    {
        var result = await ValidateAsync("Bearer " + _tokens.Create(issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"));

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
        Assert.Contains("Issuer", result.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999999-2222-3333-4444-555555555555")]
    [InlineData("api://" + TestTokens.AppId)]
    [InlineData("api://botid-" + TestTokens.AppId)]
    public async Task ValidateAsync_WrongAudience_Unauthorized(string audience)
    {
        var result = await ValidateAsync("Bearer " + _tokens.Create(audience: audience));

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
        Assert.Contains("Audience", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredBeyondSkew_Unauthorized()
    {
        var now = DateTime.UtcNow;
        var token = _tokens.Create(notBefore: now.AddHours(-2), expires: now.AddMinutes(-6));

        var result = await ValidateAsync("Bearer " + token);

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
        Assert.Contains("Expired", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinSkew_Authenticated()
    {
        var now = DateTime.UtcNow;
        var token = _tokens.Create(notBefore: now.AddHours(-1), expires: now.AddMinutes(-2));

        var result = await ValidateAsync("Bearer " + token);

        Assert.Equal(BotAuthenticationStatus.Authenticated, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidBeyondSkew_Unauthorized()
    {
        var now = DateTime.UtcNow;
        var token = _tokens.Create(notBefore: now.AddMinutes(10), expires: now.AddHours(1));

        var result = await ValidateAsync("Bearer " + token);

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
        Assert.Contains("NotYetValid", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidWithinSkew_Authenticated()
    {
        var now = DateTime.UtcNow;
        var token = _tokens.Create(notBefore: now.AddMinutes(2), expires: now.AddHours(1));

        var result = await ValidateAsync("Bearer " + token);

        Assert.Equal(BotAuthenticationStatus.Authenticated, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_SignedByOtherKeyWithPublishedKid_Unauthorized()
    {
        // Same kid as the published key, different private key: only the signature can tell.
        var forged = _tokens.CreateKey(_tokens.SigningKey.KeyId!);

        var result = await ValidateAsync("Bearer " + _tokens.Create(key: forged));

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
        Assert.Contains("Signature", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_UnknownKid_UnauthorizedAfterOneMetadataRefresh()
    {
        var unknown = _tokens.CreateKey("key-unknown");

        var result = await ValidateAsync("Bearer " + _tokens.Create(key: unknown));

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);

        // The validator waits for the refresh only up to a bound; on a busy machine the fetch can land just after
        // the verdict, so wait for it before counting (one start-up fetch plus exactly one refresh).
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (_server.JwksRequests < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(2, _server.JwksRequests);
    }

    [Fact]
    public async Task ValidateAsync_KidOfPublishedKeyButSignedWithUnknownKid_DoesNotTryOtherKeys()
    {
        // Signed with the published key material but naming a kid the JWKS does not have.
        var renamed = new RsaSecurityKey(_tokens.SigningKey.Rsa) { KeyId = "key-renamed" };

        var result = await ValidateAsync("Bearer " + _tokens.Create(key: renamed));

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_KeyRotatedIn_AcceptedAfterRefresh()
    {
        Assert.Equal(BotAuthenticationStatus.Authenticated, (await ValidateAsync("Bearer " + _tokens.Create())).Status);
        var rotated = _tokens.CreateKey("key-2");
        _server.Jwks = TestTokens.Jwks((_tokens.SigningKey, ["msteams"]), (rotated, ["msteams"]));

        var result = await ValidateAsync("Bearer " + _tokens.Create(key: rotated));

        Assert.Equal(BotAuthenticationStatus.Authenticated, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_SymmetricHs256Token_Unauthorized()
    {
        var symmetric = new SymmetricSecurityKey(new byte[32]) { KeyId = _tokens.SigningKey.KeyId };

        var result = await ValidateAsync("Bearer " + _tokens.Create(key: symmetric, algorithm: SecurityAlgorithms.HmacSha256));

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlClaimDiffers_Unauthorized()
    {
        var token = _tokens.Create(serviceUrl: "https://smba.trafficmanager.net/emea/");

        var result = await ValidateAsync("Bearer " + token);

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
        Assert.Contains("serviceurl", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlClaimMissing_Unauthorized()
    {
        var result = await ValidateAsync("Bearer " + _tokens.Create(serviceUrl: null));

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
        Assert.Contains("no serviceurl", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlDiffersOnlyInCaseAndTrailingSlash_Authenticated()
    {
        var token = _tokens.Create(serviceUrl: "https://SMBA.trafficmanager.net/teams");

        var result = await ValidateAsync("Bearer " + token);

        Assert.Equal(BotAuthenticationStatus.Authenticated, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_KeyDoesNotEndorseChannel_Forbidden()
    {
        var result = await ValidateAsync("Bearer " + _tokens.Create(), TeamsActivity(channelId: "webchat"));

        Assert.Equal(BotAuthenticationStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_ActivityWithoutChannel_Forbidden()
    {
        var result = await ValidateAsync("Bearer " + _tokens.Create(), TeamsActivity(channelId: null));

        Assert.Equal(BotAuthenticationStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_KeyWithoutEndorsements_Forbidden()
    {
        using var server = new MetadataServer(TestTokens.Jwks((_tokens.SigningKey, [])));
        var validator = CreateValidator(server);

        var result = await validator.ValidateAsync("Bearer " + _tokens.Create(), TeamsActivity(), CancellationToken.None);

        Assert.Equal(BotAuthenticationStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_MetadataUnreachable_Unavailable()
    {
        _server.Fail = true;

        var result = await ValidateAsync("Bearer " + _tokens.Create());

        Assert.Equal(BotAuthenticationStatus.Unavailable, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_NoAppIdConfigured_Unauthorized()
    {
        var validator = CreateValidator(_server, appId: "");

        var result = await validator.ValidateAsync("Bearer " + _tokens.Create(), TeamsActivity(), CancellationToken.None);

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_HttpMetadataWhileHttpsRequired_Unavailable()
    {
        var validator = new BotTokenValidator(
            Options.Create(new BotOptions { MicrosoftAppId = TestTokens.AppId }),
            Options.Create(new BotFrameworkOptions { OpenIdMetadataUrl = "http://login.test/v1/.well-known/openidconfiguration" }),
            new SingleHandlerClientFactory(_server),
            NullLogger<BotTokenValidator>.Instance);

        var result = await validator.ValidateAsync("Bearer " + _tokens.Create(), TeamsActivity(), CancellationToken.None);

        Assert.Equal(BotAuthenticationStatus.Unavailable, result.Status);
        Assert.Equal(0, _server.MetadataRequests);
    }

    [Theory]
    [InlineData("Bearer abc", true, "abc")]
    [InlineData("bearer abc", true, "abc")]
    [InlineData("Bearer  abc ", true, "abc")]
    [InlineData("Bearer", false, "")]
    [InlineData("Token abc", false, "")]
    [InlineData(null, false, "")]
    public void TryGetBearerToken_VariousHeaders_ParsesOnlyBearer(string? header, bool expected, string expectedToken)
    {
        Assert.Equal(expected, BotTokenValidator.TryGetBearerToken(header, out var token));
        Assert.Equal(expectedToken, token);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", "https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://smba.trafficmanager.net/teams", "https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://SMBA.trafficmanager.net/teams/", "https://smba.trafficmanager.net/teams", true)]
    [InlineData("https://smba.trafficmanager.net/teams/", "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://evil.example/teams/", "https://smba.trafficmanager.net/teams/", false)]
    [InlineData(null, "https://smba.trafficmanager.net/teams/", false)]
    [InlineData("https://smba.trafficmanager.net/teams/", null, false)]
    public void ServiceUrlMatches_Pairs_ComparesCaseInsensitivelyIgnoringTrailingSlash(string? claim, string? serviceUrl, bool expected) =>
        Assert.Equal(expected, BotTokenValidator.ServiceUrlMatches(claim, serviceUrl));

    [Fact]
    public void ReadEndorsements_JwksKeyWithArray_ReturnsChannels()
    {
        var set = new JsonWebKeySet(TestTokens.Jwks((_tokens.SigningKey, ["msteams", "webchat"])));

        var endorsements = BotTokenValidator.ReadEndorsements(set.Keys[0]);

        Assert.Equal(["msteams", "webchat"], endorsements);
    }

    [Fact]
    public void ReadEndorsements_KeyWithoutEndorsements_Empty()
    {
        var key = new JsonWebKey(JsonSerializer.Serialize(new { kty = "RSA", kid = "k", n = "AQAB", e = "AQAB" }));

        Assert.Empty(BotTokenValidator.ReadEndorsements(key));
        Assert.Empty(BotTokenValidator.ReadEndorsements(null));
    }

    [Theory]
    [InlineData("msteams", true)]
    [InlineData("MSTEAMS", false)]
    [InlineData("webchat", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Endorses_Channel_ExactMatchOnly(string? channelId, bool expected) =>
        Assert.Equal(expected, BotTokenValidator.Endorses(["msteams"], channelId));
}
