using System.Security.Claims;

namespace VastbusBot.Protocol.Auth;

/// <summary>How an inbound request's token fared.</summary>
public enum BotAuthenticationStatus
{
    /// <summary>All checks passed so far.</summary>
    Authenticated,

    /// <summary>Missing, malformed or invalid token, or a token that does not vouch for the activity's service URL: 401.</summary>
    Unauthorized,

    /// <summary>A valid token whose signing key does not endorse the activity's channel: 403.</summary>
    Forbidden,

    /// <summary>The signing keys could not be fetched: 503, so the connector retries later.</summary>
    Unavailable,
}

/// <summary>The outcome of <see cref="BotTokenValidator"/>: status, a reason for the log, and what later checks need.</summary>
public sealed class BotAuthenticationResult
{
    private BotAuthenticationResult(BotAuthenticationStatus status, string? failureReason, ClaimsIdentity? identity, string? serviceUrlClaim, IReadOnlyList<string> endorsements)
    {
        Status = status;
        FailureReason = failureReason;
        Identity = identity;
        ServiceUrlClaim = serviceUrlClaim;
        Endorsements = endorsements;
    }

    public BotAuthenticationStatus Status { get; }

    public bool Succeeded => Status == BotAuthenticationStatus.Authenticated;

    /// <summary>Why the request was rejected; for logs only, never for the response.</summary>
    public string? FailureReason { get; }

    public ClaimsIdentity? Identity { get; }

    /// <summary>The token's <c>serviceurl</c> claim.</summary>
    public string? ServiceUrlClaim { get; }

    /// <summary>The channel ids the signing key endorses.</summary>
    public IReadOnlyList<string> Endorsements { get; }

    internal static BotAuthenticationResult Authenticated(ClaimsIdentity identity, string? serviceUrlClaim, IReadOnlyList<string> endorsements) =>
        new(BotAuthenticationStatus.Authenticated, null, identity, serviceUrlClaim, endorsements);

    internal static BotAuthenticationResult Unauthorized(string reason) => new(BotAuthenticationStatus.Unauthorized, reason, null, null, []);

    internal static BotAuthenticationResult Forbidden(string reason) => new(BotAuthenticationStatus.Forbidden, reason, null, null, []);

    internal static BotAuthenticationResult Unavailable(string reason) => new(BotAuthenticationStatus.Unavailable, reason, null, null, []);
}
