using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VastbusBot.Conversation;
using VastbusBot.Features.Booking;
using VastbusBot.Features.Guidelines;
using VastbusBot.Features.Guidelines.Retrieval;
using VastbusBot.Features.Help;
using VastbusBot.Features.Planned;
using VastbusBot.Features.Reminders;
using VastbusBot.Features.Reports.Integration;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Commands;
using VastbusBot.Protocol;
using VastbusBot.Protocol.Hosting;
using VastbusBot.Storage;

namespace VastbusBot.Hosting;

/// <summary>Wires VastbusBot's layers: storage, features, the conversation layer and the protocol layer.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddVastbusBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

        // Storage
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.ConnectionString) || o.TableServiceUri is not null,
                "Storage is not configured: set Storage:ConnectionString (UseDevelopmentStorage=true for Azurite), or Storage:TableServiceUri with a managed identity.")
            .ValidateOnStart();
        services.TryAddSingleton<TableProvider>();
        services.TryAddSingleton<IConversationReferenceStore, TableConversationReferenceStore>();
        services.TryAddSingleton<BatchingTableActivityDeduplicator>();
        services.TryAddSingleton<DeliveryLog>();

        // A fresh activity cannot be a timeout redelivery: it is claimed in memory and recorded behind, in few rows;
        // only older ones (possible redeliveries) get a durable check (see FreshnessGatedActivityDeduplicator).
        services.TryAddSingleton<IActivityDeduplicator, FreshnessGatedActivityDeduplicator>();
        services.AddHostedService<DeliveryLogFlushService>();
        services.TryAddSingleton<DeliveryRecordCleanup>();
        services.AddHostedService<DeliveryRecordCleanupService>();

        // Features
        services.AddSingleton<ITextCommand, HelpCommand>();
        foreach (var planned in PlannedFeatureCommand.All())
        {
            services.AddSingleton<ITextCommand>(planned);
        }

        services.AddSingleton<ICardAction, HelpCardActions>();
        services.AddRecords(configuration);
        services.AddGuidelineSearch(configuration);
        services.AddGuidelineAnswers();
        services.AddRecordCards();
        services.AddBooking(configuration, environment);

        // Conversation layer
        services.TryAddSingleton<CommandRouter>();
        services.TryAddSingleton<CardActionRouter>();

        // Protocol layer (registers the handler, the inbound validator and the outbound connector client)
        services.AddBotProtocol<ActivityDispatcher>(configuration, environment);
        services.AddReminders(configuration).AddReports(configuration);
        return services;
    }
}
