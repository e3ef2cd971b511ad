namespace VastbusBot.Protocol.Hosting;

/// <summary>
/// The bot's identity, bound from the configuration root with the names Azure Bot uses (app settings
/// <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, ...).
/// </summary>
public sealed class BotOptions
{
    public const string SingleTenant = "SingleTenant";
    public const string MultiTenant = "MultiTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>The Entra app (or managed identity client) id. Inbound tokens must carry it as audience.</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    /// <summary>Client secret; not used with a certificate or a managed identity.</summary>
    public string MicrosoftAppPassword { get; set; } = string.Empty;

    /// <summary>The home tenant; required for SingleTenant.</summary>
    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    /// <summary><c>SingleTenant</c> (default), <c>MultiTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string MicrosoftAppType { get; set; } = SingleTenant;

    /// <summary>Optional PFX file; when set, a certificate credential is used instead of the secret.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    public string? MicrosoftAppCertificatePassword { get; set; }

    /// <summary>True when no app id is configured.</summary>
    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
