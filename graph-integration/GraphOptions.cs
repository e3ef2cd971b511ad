namespace VastbusBot.GraphIntegration;

/// <summary>How the bot authenticates to Microsoft Graph.</summary>
public enum GraphCredentialType
{
    /// <summary>Decided from the other settings: see <see cref="GraphOptions.ResolveCredentialType"/>.</summary>
    Auto,

    /// <summary>The app registration's client secret (<c>ClientSecretCredential</c>).</summary>
    ClientSecret,

    /// <summary>A PFX certificate file (<c>ClientCertificateCredential</c>).</summary>
    Certificate,

    /// <summary>A managed identity: user-assigned when <see cref="GraphOptions.ManagedIdentityClientId"/> is set, else system-assigned.</summary>
    ManagedIdentity,

    /// <summary>No credential: a fixed bearer token for the local Graph emulator. Only allowed for a loopback base URL.</summary>
    Emulator,
}

/// <summary>
/// Settings for Microsoft Graph. By default the bot's own app registration is used (the root keys
/// <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>,
/// <c>MicrosoftAppCertificatePath</c>); any of them can be overridden in the <c>Graph</c> section.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>The global service. National clouds: https://graph.microsoft.us/v1.0, https://dod-graph.microsoft.us/v1.0, https://microsoftgraph.chinacloudapi.cn/v1.0.</summary>
    public const string GlobalBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Graph's root including the version, e.g. https://graph.microsoft.com/v1.0 or the emulator's http://localhost:5980/v1.0.</summary>
    public string BaseUrl { get; set; } = GlobalBaseUrl;

    public GraphCredentialType CredentialType { get; set; } = GraphCredentialType.Auto;

    /// <summary>The Entra tenant; defaults to <c>MicrosoftAppTenantId</c>.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id; defaults to <c>MicrosoftAppId</c>.</summary>
    public string? ClientId { get; set; }

    /// <summary>Defaults to <c>MicrosoftAppPassword</c>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PFX file; defaults to <c>MicrosoftAppCertificatePath</c>.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>A user-assigned managed identity's client id; with <c>MicrosoftAppType=UserAssignedMSI</c> it defaults to <c>MicrosoftAppId</c>.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The Entra sign-in host; derived from <see cref="BaseUrl"/> for the known national clouds when empty.</summary>
    public Uri? AuthorityHost { get; set; }

    /// <summary>How often the SDK's RetryHandler retries a 429, 503 or 504 (0–10, default 3).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The SDK's base back-off in seconds when Graph sends no Retry-After (default 3, doubled per retry).</summary>
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>
    /// The most time the SDK may spend waiting between retries of one call (default 10 s). When Graph asks for a
    /// longer wait, the call ends at once as "busy" with the Retry-After Graph gave, rather than keeping the user
    /// waiting. <see cref="TimeSpan.Zero"/> removes the limit.
    /// </summary>
    public TimeSpan RetriesTimeLimit { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest one call may take, retries and their waits included (default 60 s); then it ends as "unavailable".</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The credential type <see cref="CredentialType"/> stands for once <see cref="GraphCredentialType.Auto"/> is decided.</summary>
    /// <remarks>
    /// Auto: a managed identity when <see cref="ManagedIdentityClientId"/> is set; else a certificate when
    /// <see cref="CertificatePath"/> is set; else a client secret when one is set; else the emulator credential when
    /// <see cref="BaseUrl"/> is a loopback address; else a client secret (which validation then reports missing).
    /// </remarks>
    public GraphCredentialType ResolveCredentialType()
    {
        if (CredentialType != GraphCredentialType.Auto)
        {
            return CredentialType;
        }

        if (!string.IsNullOrWhiteSpace(ManagedIdentityClientId))
        {
            return GraphCredentialType.ManagedIdentity;
        }

        if (!string.IsNullOrWhiteSpace(CertificatePath))
        {
            return GraphCredentialType.Certificate;
        }

        if (string.IsNullOrWhiteSpace(ClientSecret) && IsLoopback(BaseUrl))
        {
            return GraphCredentialType.Emulator;
        }

        return GraphCredentialType.ClientSecret;
    }

    /// <summary>The token scope for <see cref="BaseUrl"/>: its origin plus <c>/.default</c> (application permissions).</summary>
    public string Scope => new Uri(BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default";

    /// <summary>The Entra sign-in host: <see cref="AuthorityHost"/> when set, else the one that belongs to the Graph host.</summary>
    public Uri ResolveAuthorityHost()
    {
        if (AuthorityHost is not null)
        {
            return AuthorityHost;
        }

        var host = new Uri(BaseUrl).Host;
        return host switch
        {
            "graph.microsoft.us" or "dod-graph.microsoft.us" => new Uri("https://login.microsoftonline.us"),
            "microsoftgraph.chinacloudapi.cn" => new Uri("https://login.chinacloudapi.cn"),
            _ => new Uri("https://login.microsoftonline.com"),
        };
    }

    internal static bool IsLoopback(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
