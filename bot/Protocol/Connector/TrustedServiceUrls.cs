using System.Collections.Concurrent;

namespace VastbusBot.Protocol;

/// <summary>
/// Default <see cref="ITrustedServiceUrls"/>. A URL is trusted when it is HTTPS (or HTTP to a loopback host) and its
/// host is on the allowlist or its scheme, host and port were registered from an accepted inbound activity.
/// </summary>
public sealed class TrustedServiceUrls : ITrustedServiceUrls
{
    /// <summary>Public, GCC, GCC-High and DoD Bot Connector hosts for Teams.</summary>
    public static IReadOnlyList<string> DefaultHosts { get; } =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    // Real bots see a handful of regional service URLs; the cap only stops unbounded growth.
    private const int MaxRegistered = 1000;

    private readonly HashSet<string> _hosts;
    private readonly ConcurrentDictionary<string, byte> _registered = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _loopbackOnly;

    /// <param name="extraHosts">Hosts trusted in addition to <see cref="DefaultHosts"/> (e.g. a local test connector).</param>
    /// <param name="registerLoopbackOnly">
    /// True in the unauthenticated Development mode: nothing vouches for inbound service URLs there, so only loopback
    /// URLs are registered.
    /// </param>
    public TrustedServiceUrls(IEnumerable<string>? extraHosts = null, bool registerLoopbackOnly = false)
    {
        _hosts = new HashSet<string>(DefaultHosts, StringComparer.OrdinalIgnoreCase);
        foreach (var host in extraHosts ?? [])
        {
            if (!string.IsNullOrWhiteSpace(host))
            {
                _hosts.Add(host.Trim());
            }
        }

        _loopbackOnly = registerLoopbackOnly;
    }

    public bool IsTrusted(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!IsAcceptableTransport(serviceUrl))
        {
            return false;
        }

        return _hosts.Contains(serviceUrl.IdnHost) || _registered.ContainsKey(Authority(serviceUrl));
    }

    public void Register(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!IsAcceptableTransport(serviceUrl) || (_loopbackOnly && !serviceUrl.IsLoopback))
        {
            return;
        }

        // Almost every activity comes from a URL registered already; only a new one pays for Count (which takes
        // all of the dictionary's locks).
        var authority = Authority(serviceUrl);
        if (!_registered.ContainsKey(authority) && _registered.Count < MaxRegistered)
        {
            _registered.TryAdd(authority, 0);
        }
    }

    /// <summary>HTTPS anywhere, plain HTTP only on this machine: a token must never cross the network unencrypted.</summary>
    internal static bool IsAcceptableTransport(Uri url) =>
        url.IsAbsoluteUri
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        && string.IsNullOrEmpty(url.UserInfo);

    private static string Authority(Uri url) => url.Scheme + "://" + url.IdnHost + ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
