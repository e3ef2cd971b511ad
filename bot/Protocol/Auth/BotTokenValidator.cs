using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.Configuration;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using VastbusBot.Protocol.Hosting;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Auth;

/// <summary>
/// Validates the Bot Connector's token on inbound requests, in two steps so nothing is parsed or processed for an
/// unauthenticated caller: <see cref="AuthenticateAsync"/> checks the header, signature (RS256, key from the JWKS by
/// <c>kid</c>), issuer, audience and lifetime; <see cref="AuthorizeActivity"/> then checks the <c>serviceurl</c> claim
/// and the key's channel endorsement against the parsed activity.
/// </summary>
public sealed class BotTokenValidator
{
    /// <summary>The named HttpClient that fetches the OpenID metadata and the JWKS.</summary>
    public const string MetadataHttpClientName = "VastbusBot.Protocol.OpenIdMetadata";

    internal const string ServiceUrlClaim = "serviceurl";
    private const string EndorsementsKey = "endorsements";

    /// <summary>How often an unknown kid may force a metadata refresh (the configuration manager's own minimum).</summary>
    private static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>How long a request with an unknown kid waits for the forced refresh.</summary>
    private static readonly TimeSpan ForcedRefreshWait = TimeSpan.FromSeconds(5);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly MetadataUpdates _updates = new();
    private long _lastForcedRefreshTicks = DateTimeOffset.MinValue.UtcTicks;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly BotOptions _bot;
    private readonly BotFrameworkOptions _framework;
    private readonly ILogger<BotTokenValidator> _logger;

    public BotTokenValidator(IOptions<BotOptions> bot, IOptions<BotFrameworkOptions> framework, IHttpClientFactory clients, ILogger<BotTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(logger);
        _bot = bot.Value;
        _framework = framework.Value;
        _logger = logger;
        var retriever = new HttpClientFactoryDocumentRetriever(clients, MetadataHttpClientName, _framework.RequireHttpsMetadata);
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_framework.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            // New keys can appear at any time; an unknown kid also triggers a refresh (see AuthenticateAsync).
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
            RefreshInterval = ForcedRefreshInterval,
            ConfigurationEventHandler = _updates,
        };
    }

    /// <summary>Both steps at once, for callers that already have the activity.</summary>
    public async Task<BotAuthenticationResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = await AuthenticateAsync(authorizationHeader, cancellationToken);
        return result.Succeeded ? AuthorizeActivity(result, activity) : result;
    }

    /// <summary>Step 1: the token itself (header, signature, issuer, audience, lifetime).</summary>
    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (!TryGetBearerToken(authorizationHeader, out var token))
        {
            return Reject(BotAuthenticationResult.Unauthorized("missing or malformed Authorization header"));
        }

        if (!_handler.CanReadToken(token))
        {
            return Reject(BotAuthenticationResult.Unauthorized("the bearer token is not a JWT"));
        }

        if (string.IsNullOrWhiteSpace(_bot.MicrosoftAppId))
        {
            // Fail closed: without an app id there is no audience to check.
            return Reject(BotAuthenticationResult.Unauthorized("MicrosoftAppId is not configured"));
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AuthLog.MetadataUnavailable(_logger, ex);
            return BotAuthenticationResult.Unavailable("the OpenID metadata could not be fetched");
        }

        var result = await _handler.ValidateTokenAsync(token, CreateParameters(configuration));
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException
            && await TryForcedRefreshAsync(cancellationToken) is { } refreshed)
        {
            // Unknown kid: the keys may have rotated since the last refresh.
            configuration = refreshed;
            result = await _handler.ValidateTokenAsync(token, CreateParameters(configuration));
        }

        if (!result.IsValid)
        {
            return Reject(BotAuthenticationResult.Unauthorized(
                $"{result.Exception?.GetType().Name ?? "invalid token"}: {result.Exception?.Message}"));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var keyId = result.SecurityToken.SigningKey?.KeyId ?? jwt.Kid;
        var endorsements = ReadEndorsements(FindJsonWebKey(configuration, keyId));
        jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl);
        return BotAuthenticationResult.Authenticated(result.ClaimsIdentity, serviceUrl, endorsements);
    }

    /// <summary>Step 2: does the authenticated token vouch for this activity (service URL and channel)?</summary>
    public BotAuthenticationResult AuthorizeActivity(BotAuthenticationResult authenticated, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(authenticated);
        ArgumentNullException.ThrowIfNull(activity);
        if (!authenticated.Succeeded)
        {
            return authenticated;
        }

        if (string.IsNullOrEmpty(authenticated.ServiceUrlClaim))
        {
            return Reject(BotAuthenticationResult.Unauthorized("the token has no serviceurl claim"));
        }

        if (!ServiceUrlMatches(authenticated.ServiceUrlClaim, activity.ServiceUrl))
        {
            return Reject(BotAuthenticationResult.Unauthorized("the token's serviceurl claim does not match the activity's serviceUrl"));
        }

        if (!Endorses(authenticated.Endorsements, activity.ChannelId))
        {
            return Reject(BotAuthenticationResult.Forbidden($"the signing key does not endorse channel '{activity.ChannelId}'"));
        }

        return authenticated;
    }

    /// <summary>Accepts exactly <c>Bearer &lt;token&gt;</c> (scheme case-insensitive) with a non-empty token.</summary>
    internal static bool TryGetBearerToken(string? header, out string token)
    {
        token = string.Empty;
        const string scheme = "Bearer ";
        if (string.IsNullOrEmpty(header) || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var value = header[scheme.Length..].Trim();
        if (value.Length == 0 || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        token = value;
        return true;
    }

    /// <summary>Case-insensitive, tolerating one side having a trailing slash; both must be present.</summary>
    internal static bool ServiceUrlMatches(string? claim, string? serviceUrl) =>
        !string.IsNullOrWhiteSpace(claim)
        && !string.IsNullOrWhiteSpace(serviceUrl)
        && string.Equals(claim.Trim().TrimEnd('/'), serviceUrl.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    internal static bool Endorses(IReadOnlyCollection<string> endorsements, string? channelId) =>
        !string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId, StringComparer.Ordinal);

    /// <summary>The <c>endorsements</c> array of a JWKS key, whatever shape the JSON reader gave it.</summary>
    internal static IReadOnlyList<string> ReadEndorsements(JsonWebKey? key)
    {
        if (key is null || !key.AdditionalData.TryGetValue(EndorsementsKey, out var raw) || raw is null)
        {
            return [];
        }

        return raw switch
        {
            string single => [single],
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            JsonElement { ValueKind: JsonValueKind.String } text => [text.GetString()!],
            IEnumerable<object> items => [.. items.Select(i => i switch
            {
                string s => s,
                JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
                _ => null,
            }).OfType<string>()],
            _ => [],
        };
    }

    /// <summary>
    /// Asks the configuration manager for fresh metadata and waits (bounded) for it. IdentityModel 8 refreshes in the
    /// background, so without the wait the request that met the new key would still be rejected. At most once per
    /// <see cref="ForcedRefreshInterval"/>, so forged kids cannot turn into a stream of metadata requests.
    /// </summary>
    private async Task<OpenIdConnectConfiguration?> TryForcedRefreshAsync(CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow.UtcTicks;
        var last = Interlocked.Read(ref _lastForcedRefreshTicks);
        if (now - last < ForcedRefreshInterval.Ticks || Interlocked.CompareExchange(ref _lastForcedRefreshTicks, now, last) != last)
        {
            return null;
        }

        var next = _updates.NextUpdate;
        _metadata.RequestRefresh();
        try
        {
            return await next.WaitAsync(ForcedRefreshWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            AuthLog.ForcedRefreshTimedOut(_logger);
            return null;
        }
    }

    private static JsonWebKey? FindJsonWebKey(OpenIdConnectConfiguration configuration, string? keyId) =>
        keyId is null ? null : configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));

    private TokenValidationParameters CreateParameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = _framework.TokenIssuer,
        ValidateAudience = true,
        ValidAudience = _bot.MicrosoftAppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = _framework.ClockSkew,
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        IssuerSigningKeys = configuration.SigningKeys,
        // The key must be named by kid; never fall back to trying every key.
        TryAllIssuerSigningKeys = false,
        SaveSigninToken = false,
    };

    /// <summary>Completes a task with each configuration the manager retrieves.</summary>
    private sealed class MetadataUpdates : IConfigurationEventHandler<OpenIdConnectConfiguration>
    {
        private TaskCompletionSource<OpenIdConnectConfiguration> _next = NewSource();

        public Task<OpenIdConnectConfiguration> NextUpdate => Volatile.Read(ref _next).Task;

        public Task<ConfigurationEventHandlerResult<OpenIdConnectConfiguration>> BeforeRetrieveAsync(string metadataAddress, CancellationToken cancellationToken) =>
            Task.FromResult(ConfigurationEventHandlerResult<OpenIdConnectConfiguration>.NoResult);

        public Task AfterUpdateAsync(string metadataAddress, OpenIdConnectConfiguration configuration, CancellationToken cancellationToken)
        {
            Interlocked.Exchange(ref _next, NewSource()).TrySetResult(configuration);
            return Task.CompletedTask;
        }

        private static TaskCompletionSource<OpenIdConnectConfiguration> NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private BotAuthenticationResult Reject(BotAuthenticationResult result)
    {
        AuthLog.TokenRejected(_logger, result.Status, result.FailureReason);
        return result;
    }
}
