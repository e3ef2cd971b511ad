using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Privacy;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Storage;

namespace VastbusBot.Features.Records;

/// <summary>Registers the organisation registry, meetings, deviations and the identifier check.</summary>
public static class RecordsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the records layer. Storage (<see cref="StorageOptions"/> and <see cref="TableProvider"/>) is expected from
    /// the host's registration; the organisation seed is loaded and validated when the host starts. Register an
    /// <see cref="IDeviationNotifier"/> before or after this call to send notices; the default only logs them.
    /// </summary>
    public static IServiceCollection AddRecords(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Several features build on the records (reports, record cards, admin policy) and each may call this.
        if (services.Any(d => d.ServiceType == typeof(IMeetingService)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TableProvider>();

        services.AddOptions<OrganisationOptions>().Bind(configuration.GetSection(OrganisationOptions.SectionName));
        services.TryAddSingleton(sp => OrganisationSeedLoader.LoadFile(SeedPath(sp.GetRequiredService<IOptions<OrganisationOptions>>().Value)));
        services.AddHostedService<OrganisationSeedCheck>();

        services.TryAddSingleton<PersonalIdentifierDetector>();
        services.TryAddSingleton<RecordClock>();
        services.TryAddSingleton<PersonValidator>();
        services.TryAddSingleton<MeetingValidator>();
        services.TryAddSingleton<DeviationValidator>();

        services.TryAddSingleton<IRegistryStore, TableRegistryStore>();
        services.TryAddSingleton<IMeetingStore, TableMeetingStore>();
        services.TryAddSingleton<IDeviationStore, TableDeviationStore>();

        services.TryAddSingleton<IOrganisationRegistry, OrganisationRegistry>();
        services.TryAddSingleton<IMeetingService, MeetingService>();
        services.TryAddSingleton<IDeviationNotifier, LoggingDeviationNotifier>();
        services.TryAddSingleton<IDeviationService, DeviationService>();
        return services;
    }

    internal static string SeedPath(OrganisationOptions options) =>
        Path.IsPathRooted(options.SeedFile) ? options.SeedFile : Path.Combine(AppContext.BaseDirectory, options.SeedFile);
}

/// <summary>Loads the organisation seed when the host starts, so a broken seed file stops the start with its errors.</summary>
internal sealed partial class OrganisationSeedCheck(IServiceProvider services, ILogger<OrganisationSeedCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<OrganisationCatalog>();
        LogLoaded(logger, catalog.Areas.Count, catalog.Municipalities.Count, catalog.Groups.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation seed loaded: {Areas} areas, {Municipalities} municipalities, {Groups} local groups")]
    private static partial void LogLoaded(ILogger logger, int areas, int municipalities, int groups);
}
