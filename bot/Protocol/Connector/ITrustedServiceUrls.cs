namespace VastbusBot.Protocol;

/// <summary>
/// Decides which service URLs may receive the bot's bearer token (SSRF guard): configured Teams hosts, and service
/// URLs of inbound activities whose token vouched for them.
/// </summary>
public interface ITrustedServiceUrls
{
    bool IsTrusted(Uri serviceUrl);

    /// <summary>Trusts the service URL of an accepted inbound activity (ignored when it may not be trusted).</summary>
    void Register(Uri serviceUrl);
}
