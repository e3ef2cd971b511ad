using VastbusBot.Conversation;
using VastbusBot.Features.Reminders.Cards;

namespace VastbusBot.Features.Reminders.Commands;

/// <summary>The reminders card's buttons: show, pause, resume, save days, back to the default days.</summary>
public sealed class RemindersCardActions(ReminderPreferencesService service, Microsoft.Extensions.Options.IOptionsMonitor<ReminderOptions> options) : ICardAction
{
    public IReadOnlyCollection<string> Verbs { get; } =
        [ReminderCards.ShowVerb, ReminderCards.PauseVerb, ReminderCards.ResumeVerb, ReminderCards.SaveOffsetsVerb, ReminderCards.ResetOffsetsVerb];

    public async Task<CardActionResult> HandleAsync(BotTurn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(turn.UserAadObjectId))
        {
            return CardActionResult.Message(turn.Text(ReminderTexts.NoUser));
        }

        var tenant = turn.TenantId;
        var user = turn.UserAadObjectId;
        var zone = TimeZoneOf(turn);
        var language = turn.Language;
        switch (request.Verb)
        {
            case ReminderCards.PauseVerb:
                return Card(await service.PauseAsync(tenant, user, zone, cancellationToken), turn.Text(ReminderTexts.Paused));
            case ReminderCards.ResumeVerb:
                return Card(await service.ResumeAsync(tenant, user, zone, cancellationToken), turn.Text(ReminderTexts.Resumed));
            case ReminderCards.ResetOffsetsVerb:
                var reset = await service.ResetOffsetsAsync(tenant, user, zone, cancellationToken);
                return Card(reset, ReminderTexts.OffsetsReset.Format(language, string.Join(", ", reset.OffsetsDays)));
            case ReminderCards.SaveOffsetsVerb:
                var typed = request.GetString(ReminderCards.OffsetsInputId)?.Trim() ?? string.Empty;
                var max = options.CurrentValue.MaxOffsetDays;
                if (!ReminderPreferencesService.TryParseOffsets(typed, max, out var offsets))
                {
                    var current = await service.GetOverviewAsync(tenant, user, cancellationToken);
                    var error = ReminderTexts.OffsetsInvalid.Format(language, typed.Length > 40 ? typed[..40] : typed, max);
                    return CardActionResult.ReplaceCard(ReminderCards.Overview(current, language, error, noticeIsError: true, typedOffsets: typed));
                }

                var saved = await service.SetOffsetsAsync(tenant, user, offsets, zone, cancellationToken);
                return Card(saved, ReminderTexts.OffsetsSaved.Format(language, string.Join(", ", saved.OffsetsDays)));
            default:
                return Card(await service.GetOverviewAsync(tenant, user, cancellationToken), null);
        }

        CardActionResult Card(ReminderOverview overview, string? notice) =>
            CardActionResult.ReplaceCard(ReminderCards.Overview(overview, language, notice));
    }

    /// <summary>The IANA time zone the user's Teams client reports, if any.</summary>
    internal static string? TimeZoneOf(BotTurn turn) =>
        turn.Activity.GetClientInfo()?.Timezone ?? turn.Activity.LocalTimezone;
}
