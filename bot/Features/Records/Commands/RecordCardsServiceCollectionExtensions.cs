using Microsoft.Extensions.DependencyInjection.Extensions;
using VastbusBot.Conversation;
using VastbusBot.Features.Organisation.Commands;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Notices;

namespace VastbusBot.Features.Records.Commands;

/// <summary>Registers the Teams side of the records: commands, card actions and the proactive deviation notices.</summary>
public static class RecordCardsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <c>logga möte</c>, <c>visa möten</c>, <c>rapportera avvikelse</c>, <c>visa avvikelser</c>, the registry
    /// commands (<c>min roll</c>, <c>visa grupp</c>, <c>lägg till medlem</c>, <c>utse ordförande</c>,
    /// <c>utse samordnare</c>), their card actions, and <see cref="TeamsDeviationNotifier"/> in place of the logging
    /// notifier. Expects <c>AddRecords</c>, the conversation reference store and the protocol layer's connector client.
    /// </summary>
    public static IServiceCollection AddRecordCards(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<NoticeDeliveries>();
        services.Replace(ServiceDescriptor.Singleton<IDeviationNotifier, TeamsDeviationNotifier>());

        services.TryAddSingleton<MeetingWorkflow>();
        services.TryAddSingleton<DeviationWorkflow>();
        services.TryAddSingleton<RegistryWorkflow>();

        services.AddSingleton<ITextCommand, LogMeetingCommand>();
        services.AddSingleton<ITextCommand, ShowMeetingsCommand>();
        services.AddSingleton<ITextCommand, ReportDeviationCommand>();
        services.AddSingleton<ITextCommand, ShowDeviationsCommand>();
        services.AddSingleton<ITextCommand, MyRoleCommand>();
        services.AddSingleton<ITextCommand, ShowGroupCommand>();
        services.AddSingleton<ITextCommand, AddMemberCommand>();
        services.AddSingleton<ITextCommand, AssignChairCommand>();
        services.AddSingleton<ITextCommand, AssignCoordinatorCommand>();

        services.AddSingleton<ICardAction, MeetingCardActions>();
        services.AddSingleton<ICardAction, DeviationCardActions>();
        services.AddSingleton<ICardAction, RegistryCardActions>();
        return services;
    }
}
