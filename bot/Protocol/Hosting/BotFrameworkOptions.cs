namespace VastbusBot.Protocol.Hosting;

/// <summary>Protocol endpoints and limits, bound from the <c>BotFramework</c> section. Defaults are the public cloud's.</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Where the signing keys of inbound tokens are published.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The required <c>iss</c> of inbound tokens.</summary>
    public string TokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Only tests serving metadata over plain HTTP turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    public string OAuthAuthorityHost { get; set; } = "https://login.microsoftonline.com";

    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Extra hosts that may receive the bot's token, in addition to the Teams connector hosts.</summary>
    public IList<string> TrustedServiceUrlHosts { get; set; } = [];

    /// <summary>
    /// Background turn workers; activities of one conversation always go to the same worker, in order. A worker spends
    /// its turn mostly waiting (storage, then the connector, which answers a POST after tens of milliseconds), so this
    /// bounds how many turns are in flight, not CPU use: with 2 × cores (4 on 2 cores) a 50 ms connector capped the
    /// whole bot at about 70 turns/s (docs/benchmarks.md). An idle worker costs next to nothing.
    /// </summary>
    public int BackgroundWorkers { get; set; } = DefaultBackgroundWorkers;

    /// <summary>The default of <see cref="BackgroundWorkers"/>.</summary>
    public const int DefaultBackgroundWorkers = 64;

    /// <summary>Activities waiting for a worker; beyond this the endpoint answers 503.</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Time limit of one background turn.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Time limit of an invoke; Teams gives up after about 15 s (5 s for message extensions).</summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an invoke's response is replayed to a redelivery of the same invoke.</summary>
    public TimeSpan InvokeResponseCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Retries after the first attempt of an outbound call.</summary>
    public int ConnectorMaxRetries { get; set; } = 3;

    /// <summary>First backoff delay (exponential with jitter after that).</summary>
    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of a backoff delay and of a 429's Retry-After.</summary>
    public TimeSpan ConnectorRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of one outbound attempt.</summary>
    public TimeSpan ConnectorAttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of one outbound call including its retries.</summary>
    public TimeSpan ConnectorTotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
