using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VastbusBot.Conversation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Reminders;
using VastbusBot.Storage;

namespace VastbusBot.Features.Reports.Integration;

/// <summary>Wires reminders and reports to the records: obligations, data source, submitted reports, commands, downloads.</summary>
public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the records layer (idempotent), the report integration, and replaces the reminders' stand-ins
    /// (<see cref="UnconfiguredReportObligations"/>, <see cref="ConfiguredReminderTenants"/>). Call after
    /// <c>AddVastbusBot</c>; before or after <c>AddReminders</c>.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRecords(configuration);
        services.AddOptions<ReportDownloadOptions>().Bind(configuration.GetSection(ReportDownloadOptions.SectionName));
        services.AddHttpContextAccessor();

        services.TryAddSingleton<ISubmittedReportStore, TableSubmittedReportStore>();
        services.TryAddSingleton<IReportDataSource, RecordsReportDataSource>();
        services.Replace(ServiceDescriptor.Singleton<IReportObligations, RegistryReportObligations>());
        services.TryAddSingleton<ConfiguredReminderTenants>();
        services.Replace(ServiceDescriptor.Singleton<IReminderTenantSource, RegistryReminderTenants>());

        services.TryAddSingleton(sp => new ReportDownloads(
            () => CreateContainer(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<IOptions<ReminderOptions>>().Value),
            sp.GetRequiredService<IOptionsMonitor<ReportDownloadOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ReportDownloads>>()));
        services.TryAddSingleton<ReportWorkflow>();
        services.AddSingleton<ITextCommand, AnnualReportCommand>();
        services.AddSingleton<ITextCommand, SummaryCommand>();
        services.AddSingleton<ICardAction, ReportCardActions>();
        return services;
    }

    /// <summary>Serves <c>GET /api/reports/download/{token}</c>: the .docx for a genuine, unexpired token, else 404.</summary>
    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ReportDownloads.RoutePrefix + "{token}", async (string token, ReportDownloads downloads, CancellationToken cancellationToken) =>
            await downloads.OpenAsync(token, cancellationToken) is { } file
                ? Results.File(file.Content.ToArray(), ReportDocxWriter.ContentType, file.FileName)
                : Results.NotFound());
        return endpoints;
    }

    /// <summary>The container for exported reports: same account as the lease, named after the table prefix.</summary>
    internal static Azure.Storage.Blobs.BlobContainerClient CreateContainer(StorageOptions storage, ReminderOptions reminders)
    {
        var lease = ReminderServiceCollectionExtensions.CreateLeaseContainer(storage, reminders);
        return lease.GetParentBlobServiceClient().GetBlobContainerClient(storage.TablePrefix.ToLowerInvariant() + "-reports");
    }
}
