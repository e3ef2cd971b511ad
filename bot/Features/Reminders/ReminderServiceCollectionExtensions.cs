using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VastbusBot.Conversation;
using VastbusBot.Features.Reminders.Commands;
using VastbusBot.Features.Reminders.Messaging;
using VastbusBot.Features.Reminders.Scheduling;
using VastbusBot.Features.Reminders.Storage;
using VastbusBot.Protocol;
using VastbusBot.Storage;

namespace VastbusBot.Features.Reminders;

/// <summary>Registers reminders: settings, stores, the messenger, the lease, the scheduler and the command.</summary>
public static class ReminderServiceCollectionExtensions
{
    /// <summary>The blob the scheduler's lease is taken on.</summary>
    public const string LeaseBlobName = "reminder-scheduler";

    /// <remarks>
    /// Expects storage (<c>StorageOptions</c>, <see cref="TableProvider"/>, <see cref="IConversationReferenceStore"/>)
    /// and the protocol layer (<see cref="IConnectorClient"/>) from <c>AddVastbusBot</c>. The organisation registry
    /// implements <see cref="IReportObligations"/> (and may replace <see cref="IReminderTenantSource"/>): register it
    /// before this call, or replace the stand-in after it with <c>services.Replace(...)</c>.
    /// </remarks>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidation>());

        services.TryAddSingleton<IReportObligations, UnconfiguredReportObligations>();
        services.TryAddSingleton<IReminderTenantSource, ConfiguredReminderTenants>();
        services.TryAddSingleton<IReminderPreferenceStore, TableReminderPreferenceStore>();
        services.TryAddSingleton<IReminderClaimStore, TableReminderClaimStore>();
        services.TryAddSingleton<IReminderRunLog, TableReminderRunLog>();

        services.TryAddSingleton<ProactiveSendPacer>();
        services.TryAddSingleton<IProactiveMessenger>(sp => new ConnectorProactiveMessenger(
            sp.GetRequiredService<IConversationReferenceStore>(),
            sp.GetRequiredService<IConnectorClient>, // a typed HttpClient: resolved per send, not captured
            sp.GetRequiredService<ProactiveSendPacer>(),
            sp.GetRequiredService<ILogger<ConnectorProactiveMessenger>>()));

        services.TryAddSingleton<IDistributedLease>(sp => new BlobLeaseLock(
            CreateLeaseContainer(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<IOptions<ReminderOptions>>().Value),
            LeaseBlobName,
            sp.GetRequiredService<IOptions<ReminderOptions>>().Value.LeaseDuration,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BlobLeaseLock>>()));
        services.TryAddSingleton<ReminderRunner>();
        services.AddHostedService<ReminderSchedulerService>();

        services.TryAddSingleton<ReminderPreferencesService>();
        services.AddSingleton<ITextCommand, RemindersCommand>();
        services.AddSingleton<ICardAction, RemindersCardActions>();
        return services;
    }

    /// <summary>
    /// The lease container, in the same storage account as the tables: named after the table prefix so environments
    /// sharing an account do not share a leader.
    /// </summary>
    public static BlobContainerClient CreateLeaseContainer(StorageOptions storage, ReminderOptions reminders)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(reminders);
        var name = storage.TablePrefix.ToLowerInvariant() + "-leases";
        if (!string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            return new BlobServiceClient(storage.ConnectionString).GetBlobContainerClient(name);
        }

        var uri = reminders.BlobServiceUri ?? DeriveBlobUri(storage.TableServiceUri)
            ?? throw new InvalidOperationException("Reminders need blob storage for their lease: set Storage:ConnectionString or Reminders:BlobServiceUri.");
        var credential = string.IsNullOrWhiteSpace(storage.ManagedIdentityClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(storage.ManagedIdentityClientId));
        return new BlobServiceClient(uri, credential).GetBlobContainerClient(name);
    }

    /// <summary><c>https://account.table.core.windows.net</c> → <c>https://account.blob.core.windows.net</c>.</summary>
    internal static Uri? DeriveBlobUri(Uri? tableServiceUri) =>
        tableServiceUri is not null && tableServiceUri.Host.Contains(".table.", StringComparison.OrdinalIgnoreCase)
            ? new UriBuilder(tableServiceUri) { Host = tableServiceUri.Host.Replace(".table.", ".blob.", StringComparison.OrdinalIgnoreCase) }.Uri
            : null;
}
