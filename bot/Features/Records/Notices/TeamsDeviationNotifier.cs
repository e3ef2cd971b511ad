using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Protocol;
using VastbusBot.Storage;

namespace VastbusBot.Features.Records.Notices;

/// <summary>
/// Sends deviation notices as proactive cards to each recipient's personal chat with the bot, found through the
/// stored conversation references. Someone who never chatted with the bot (or removed it) has no such chat: that is
/// logged and counted as unreachable, so the person who caused the notice can be told.
/// </summary>
public sealed partial class TeamsDeviationNotifier(
    IConversationReferenceStore conversations,
    IOrganisationRegistry registry,
    IServiceScopeFactory scopes,
    NoticeDeliveries deliveries,
    ILogger<TeamsDeviationNotifier> logger) : IDeviationNotifier
{
    public async Task NotifyAsync(DeviationNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var deviation = notice.Deviation;
        var group = await registry.FindGroupAsync(deviation.TenantId, deviation.GroupId, cancellationToken);
        if (group is null)
        {
            LogUnknownGroup(logger, deviation.GroupId, deviation.Id);
            deliveries.Record(new NoticeDelivery(notice.Kind, 0, notice.RecipientAadObjectIds.Count));
            return;
        }

        // The connector is a typed HttpClient: resolved per notice so its handlers rotate as the factory intends.
        await using var scope = scopes.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<IConnectorClient>();
        int reached = 0, unreachable = 0;
        foreach (var recipient in notice.RecipientAadObjectIds)
        {
            if (await SendAsync(connector, notice, group, recipient, cancellationToken))
            {
                reached++;
            }
            else
            {
                unreachable++;
            }
        }

        deliveries.Record(new NoticeDelivery(notice.Kind, reached, unreachable));
    }

    /// <summary>The card a recipient gets, in the language of their Teams client.</summary>
    public static AdaptiveCard CardFor(DeviationNotice notice, LocalGroup group, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(group);
        return notice.Kind switch
        {
            DeviationNoticeKind.StatusChanged when notice.Change is { } change => DeviationCards.StatusNotice(language, group, notice.Deviation, change),
            DeviationNoticeKind.Escalated => DeviationCards.Handling(language, group, notice.Deviation, [new CardBanner(DeviationTexts.EscalatedToYou[language], BannerKind.Warning)]),
            _ => DeviationCards.Handling(language, group, notice.Deviation, [new CardBanner(DeviationTexts.NewForYou.Format(language, group.Name[language]), BannerKind.Info)]),
        };
    }

    private async Task<bool> SendAsync(IConnectorClient connector, DeviationNotice notice, LocalGroup group, string recipient, CancellationToken cancellationToken)
    {
        var deviation = notice.Deviation;
        var chat = await conversations.FindPersonalAsync(deviation.TenantId, recipient, cancellationToken);
        if (chat is null || !chat.Installed)
        {
            LogNoPersonalChat(logger, notice.Kind, deviation.Id, recipient);
            return false;
        }

        var reference = chat.Reference;
        if (!Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            LogNoPersonalChat(logger, notice.Kind, deviation.Id, recipient);
            return false;
        }

        var card = CardFor(notice, group, Conversation.Localization.LanguageDetector.FromLocale(reference.Locale));
        var message = reference.ApplyTo(CardMessage.Create(card));
        try
        {
            await connector.SendToConversationAsync(serviceUrl, reference.ConversationId, message, cancellationToken);
            LogSent(logger, notice.Kind, deviation.Id, recipient);
            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or UntrustedServiceUrlException or HttpRequestException)
        {
            // E.g. 403 when the user blocked the bot, 404 when the chat is gone: the others still get theirs.
            LogSendFailed(logger, ex, notice.Kind, deviation.Id, recipient);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent the {Kind} notice for deviation {DeviationId} to {RecipientId}")]
    private static partial void LogSent(ILogger logger, DeviationNoticeKind kind, string deviationId, string recipientId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot send the {Kind} notice for deviation {DeviationId} to {RecipientId}: they have no personal chat with the bot (never chatted, or removed the app)")]
    private static partial void LogNoPersonalChat(ILogger logger, DeviationNoticeKind kind, string deviationId, string recipientId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending the {Kind} notice for deviation {DeviationId} to {RecipientId} failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, DeviationNoticeKind kind, string deviationId, string recipientId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No group {GroupId} for deviation {DeviationId}: notice not sent")]
    private static partial void LogUnknownGroup(ILogger logger, string groupId, string deviationId);
}
