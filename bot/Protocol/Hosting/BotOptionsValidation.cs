using Microsoft.Extensions.Options;

namespace VastbusBot.Protocol.Hosting;

/// <summary>Fails the host's start on a configuration that could not authenticate (fail closed).</summary>
internal sealed class BotOptionsValidator(bool isDevelopment) : IValidateOptions<BotOptions>
{
    public const string MissingAppIdMessage =
        "MicrosoftAppId is not configured. VastbusBot refuses to start outside Development without an app id, "
        + "because it could not validate the tokens on incoming requests.";

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HasAppId)
        {
            return isDevelopment ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(MissingAppIdMessage);
        }

        var type = options.MicrosoftAppType;
        var failures = new List<string>();
        var isMsi = string.Equals(type, BotOptions.UserAssignedMsi, StringComparison.OrdinalIgnoreCase);
        var isSingle = string.IsNullOrWhiteSpace(type) || string.Equals(type, BotOptions.SingleTenant, StringComparison.OrdinalIgnoreCase);
        var isMulti = string.Equals(type, BotOptions.MultiTenant, StringComparison.OrdinalIgnoreCase);
        if (!isMsi && !isSingle && !isMulti)
        {
            failures.Add($"MicrosoftAppType '{type}' is not one of SingleTenant, MultiTenant, UserAssignedMSI.");
        }

        if (isSingle && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is not configured; a SingleTenant bot needs its tenant id to get tokens.");
        }

        if ((isSingle || isMulti) && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) && string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath))
        {
            failures.Add("Neither MicrosoftAppPassword nor MicrosoftAppCertificatePath is configured; the bot could not authenticate its replies.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Rejects protocol settings that would break the endpoint in confusing ways.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out _))
        {
            failures.Add("BotFramework:OpenIdMetadataUrl must be an absolute URL.");
        }

        if (string.IsNullOrWhiteSpace(options.TokenIssuer))
        {
            failures.Add("BotFramework:TokenIssuer must be set.");
        }

        if (!Uri.TryCreate(options.OAuthAuthorityHost, UriKind.Absolute, out _))
        {
            failures.Add("BotFramework:OAuthAuthorityHost must be an absolute URL.");
        }

        if (options.BackgroundWorkers < 1 || options.QueueCapacity < 1 || options.MaxRequestBodyBytes < 1)
        {
            failures.Add("BotFramework:BackgroundWorkers, QueueCapacity and MaxRequestBodyBytes must be positive.");
        }

        if (options.TurnTimeout <= TimeSpan.Zero || options.InvokeTimeout <= TimeSpan.Zero || options.InvokeResponseCacheDuration <= TimeSpan.Zero
            || options.ConnectorAttemptTimeout <= TimeSpan.Zero || options.ConnectorTotalTimeout <= TimeSpan.Zero || options.ClockSkew < TimeSpan.Zero)
        {
            failures.Add("BotFramework timeouts must be positive.");
        }

        if (options.ConnectorMaxRetries < 0)
        {
            failures.Add("BotFramework:ConnectorMaxRetries must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
