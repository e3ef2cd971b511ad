using Microsoft.Extensions.Options;

namespace VastbusBot.GraphIntegration;

/// <summary>Rejects Graph settings that could only fail later, with a message that says which key to set.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttps && !baseUrl.IsLoopback))
        {
            failures.Add($"Graph:BaseUrl '{options.BaseUrl}' must be an absolute https URL (http only for a loopback emulator).");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("Graph:MaxRetries must be between 0 and 10 (the SDK's RetryHandler limit).");
        }

        if (options.RetryDelaySeconds is < 0 or > 180)
        {
            failures.Add("Graph:RetryDelaySeconds must be between 0 and 180 (the SDK's RetryHandler limit).");
        }

        if (options.RetriesTimeLimit < TimeSpan.Zero)
        {
            failures.Add("Graph:RetriesTimeLimit cannot be negative.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add("Graph:Timeout must be positive.");
        }

        switch (options.ResolveCredentialType())
        {
            case GraphCredentialType.ClientSecret:
                RequireTenantAndClient(options, failures);
                if (string.IsNullOrWhiteSpace(options.ClientSecret))
                {
                    failures.Add("No Graph credential is configured: set MicrosoftAppPassword (or Graph:ClientSecret), a certificate (Graph:CertificatePath) or a managed identity (Graph:CredentialType=ManagedIdentity).");
                }

                break;
            case GraphCredentialType.Certificate:
                RequireTenantAndClient(options, failures);
                if (string.IsNullOrWhiteSpace(options.CertificatePath))
                {
                    failures.Add("Graph:CertificatePath (or MicrosoftAppCertificatePath) is required for a certificate credential.");
                }

                break;
            case GraphCredentialType.Emulator:
                if (baseUrl is not null && !baseUrl.IsLoopback)
                {
                    failures.Add($"Graph:CredentialType Emulator sends no real token and is only allowed for a loopback Graph:BaseUrl, not '{options.BaseUrl}'.");
                }

                break;
            case GraphCredentialType.ManagedIdentity:
            case GraphCredentialType.Auto:
            default:
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireTenantAndClient(GraphOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("The Graph tenant is not configured: set MicrosoftAppTenantId (or Graph:TenantId).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("The Graph client id is not configured: set MicrosoftAppId (or Graph:ClientId).");
        }
    }
}
