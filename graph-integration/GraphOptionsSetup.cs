using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace VastbusBot.GraphIntegration;

/// <summary>
/// Fills <see cref="GraphOptions"/> from the bot's conventional root keys first, then lets the <c>Graph</c> section
/// override any of them, so a single app registration works without repeating its settings.
/// </summary>
internal sealed class GraphOptionsSetup(IConfiguration configuration) : IConfigureOptions<GraphOptions>
{
    private const string UserAssignedMsi = "UserAssignedMSI";

    public void Configure(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ClientId = NullIfEmpty(configuration["MicrosoftAppId"]);
        options.TenantId = NullIfEmpty(configuration["MicrosoftAppTenantId"]);
        options.CertificatePath = NullIfEmpty(configuration["MicrosoftAppCertificatePath"]);
        options.CertificatePassword = NullIfEmpty(configuration["MicrosoftAppCertificatePassword"]);
        if (string.Equals(configuration["MicrosoftAppType"], UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            options.ManagedIdentityClientId = options.ClientId;
        }
        else
        {
            options.ClientSecret = NullIfEmpty(configuration["MicrosoftAppPassword"]);
        }

        configuration.GetSection(GraphOptions.SectionName).Bind(options);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
