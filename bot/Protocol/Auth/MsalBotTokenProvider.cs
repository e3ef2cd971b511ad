using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;
using VastbusBot.Protocol.Hosting;

namespace VastbusBot.Protocol.Auth;

/// <summary>
/// Client-credentials token from Entra ID with a secret or a PFX certificate. One confidential client per process:
/// MSAL caches the token and renews it before it expires.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider, IDisposable
{
    /// <summary>The tenant multi-tenant bots authenticate in.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    private readonly Lazy<IConfidentialClientApplication> _client;
    private readonly string[] _scopes;
    private X509Certificate2? _certificate;

    public MsalBotTokenProvider(BotOptions bot, BotFrameworkOptions framework)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(framework);
        _scopes = [framework.OAuthScope];
        _client = new Lazy<IConfidentialClientApplication>(() => Build(bot, framework), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>{authority host}/{tenant id, or botframework.com for MultiTenant}.</summary>
    public static string GetAuthority(BotOptions bot, BotFrameworkOptions framework)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(framework);
        var tenant = string.Equals(bot.MicrosoftAppType, BotOptions.MultiTenant, StringComparison.OrdinalIgnoreCase)
            ? MultiTenantAuthority
            : bot.MicrosoftAppTenantId;
        return framework.OAuthAuthorityHost.TrimEnd('/') + "/" + tenant;
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _client.Value.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    public void Dispose() => _certificate?.Dispose();

    private IConfidentialClientApplication Build(BotOptions bot, BotFrameworkOptions framework)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId).WithAuthority(GetAuthority(bot, framework));
        if (!string.IsNullOrWhiteSpace(bot.MicrosoftAppCertificatePath))
        {
            _certificate = X509CertificateLoader.LoadPkcs12FromFile(bot.MicrosoftAppCertificatePath, bot.MicrosoftAppCertificatePassword);
            builder = builder.WithCertificate(_certificate);
        }
        else
        {
            builder = builder.WithClientSecret(bot.MicrosoftAppPassword);
        }

        return builder.Build();
    }
}
