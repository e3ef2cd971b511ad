using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Telemetry;
using VastbusBot.Protocol.Auth;

namespace VastbusBot.Protocol.Hosting;

/// <summary>Registers the protocol layer.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers options (validated at start: without <c>MicrosoftAppId</c> the host refuses to start outside
    /// Development), the token validator, trusted service URLs, the outbound token provider, the connector client
    /// with its auth handler and retry policy, the activity queue and its workers, and <typeparamref name="THandler"/>
    /// as a singleton <see cref="IActivityHandler"/> (resolved from a fresh scope per turn, so a host may re-register
    /// it as scoped). Services registered with TryAdd (deduplicator, token provider, trusted URLs, time provider) can
    /// be registered by the host first, or replaced.
    /// </summary>
    public static IServiceCollection AddBotProtocol<THandler>(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
        where THandler : class, IActivityHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var isDevelopment = environment.IsDevelopment();

        services.AddOptions<BotOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>>(new BotOptionsValidator(isDevelopment));
        services.AddOptions<BotFrameworkOptions>().Bind(configuration.GetSection(BotFrameworkOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new BotRuntimeMode(isDevelopment && !sp.GetRequiredService<IOptions<BotOptions>>().Value.HasAppId));
        services.TryAddSingleton<ITrustedServiceUrls>(sp => new TrustedServiceUrls(
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.TrustedServiceUrlHosts,
            sp.GetRequiredService<BotRuntimeMode>().IsUnauthenticatedDevelopment));

        // Inbound
        services.AddHttpClient(BotTokenValidator.MetadataHttpClientName);
        services.TryAddSingleton<BotTokenValidator>();

        // Outbound
        services.TryAddSingleton(CreateTokenProvider);
        services.TryAddTransient<BotAuthenticationHandler>();
        var connector = services.AddHttpClient<IConnectorClient, ConnectorClient>(ConnectorClient.HttpClientName)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan); // the pipeline's timeouts apply
        connector.AddResilienceHandler("bot-connector", static (builder, context) =>
            {
                var services = context.ServiceProvider;
                ConnectorRetryPolicy.Configure(
                    builder,
                    services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value,
                    services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorClient).FullName!),
                    services.GetRequiredService<TimeProvider>());
            });

        // A log line per successful reply is noise (and CPU under load); failed attempts and retries still log.
        services.Configure<TelemetryOptions>(telemetry =>
        {
            var earlier = telemetry.SeverityProvider;
            telemetry.SeverityProvider = args => ConnectorRetryPolicy.QuietSuccessfulAttempts(args, earlier);
        });

        // Added after the resilience handler, so it runs inside the retry loop: every attempt gets a current token
        // and passes the host check.
        connector.AddHttpMessageHandler<BotAuthenticationHandler>();

        // Processing
        services.TryAddSingleton<IActivityDeduplicator, InMemoryActivityDeduplicator>();
        services.TryAddSingleton<ActivityQueue>();
        services.TryAddSingleton<InvokeProcessor>();
        services.AddHostedService<BotProtocolStartupLogger>();
        services.AddHostedService<ActivityProcessingService>();
        services.AddSingleton<IActivityHandler, THandler>();
        return services;
    }

    private static IBotTokenProvider CreateTokenProvider(IServiceProvider services)
    {
        var bot = services.GetRequiredService<IOptions<BotOptions>>().Value;
        var framework = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (!bot.HasAppId)
        {
            return new NoBotTokenProvider();
        }

        return string.Equals(bot.MicrosoftAppType, BotOptions.UserAssignedMsi, StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityBotTokenProvider(bot, framework, services.GetRequiredService<TimeProvider>())
            : new MsalBotTokenProvider(bot, framework);
    }
}
