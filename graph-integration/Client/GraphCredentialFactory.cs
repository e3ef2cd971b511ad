using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace VastbusBot.GraphIntegration.Client;

/// <summary>Builds the Azure.Identity credential the options ask for (never for the emulator, which needs none).</summary>
internal static class GraphCredentialFactory
{
    public static TokenCredential Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var authorityHost = options.ResolveAuthorityHost();
        return options.ResolveCredentialType() switch
        {
            GraphCredentialType.ClientSecret => new ClientSecretCredential(
                options.TenantId, options.ClientId, options.ClientSecret, new ClientSecretCredentialOptions { AuthorityHost = authorityHost }),
            GraphCredentialType.Certificate => new ClientCertificateCredential(
                options.TenantId,
                options.ClientId,
                X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword),
                new ClientCertificateCredentialOptions { AuthorityHost = authorityHost }),
            GraphCredentialType.ManagedIdentity => string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId)),
            var other => throw new InvalidOperationException($"The {other} credential type has no Azure.Identity credential."),
        };
    }
}
