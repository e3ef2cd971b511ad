using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Notices;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Commands;

/// <summary>
/// The deviation cards' buttons: send a report (idempotent on the card's submission id) and tell the reporter who got
/// it; the chair's status and analysis (optimistic concurrency on the version); open one; list with filters.
/// </summary>
public sealed class DeviationCardActions(
    IOrganisationRegistry registry,
    IDeviationService deviations,
    DeviationWorkflow workflow,
    NoticeDeliveries deliveries,
    RecordClock clock) : ICardAction
{
    public IReadOnlyCollection<string> Verbs { get; } =
        [DeviationCards.ReportVerb, DeviationCards.HandleVerb, DeviationCards.OpenVerb, DeviationCards.ListVerb, DeviationCards.NewVerb];

    public async Task<CardActionResult> HandleAsync(BotTurn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (RecordReplies.ActorOf(turn) is not { } actor)
        {
            return RecordReplies.NoIdentity(turn.Language);
        }

        var values = FormValues.From(request);
        var language = turn.Language;
        return request.Verb switch
        {
            DeviationCards.ReportVerb => await ReportAsync(actor, language, values, cancellationToken),
            DeviationCards.HandleVerb => await HandleAsync(actor, language, values, cancellationToken),
            DeviationCards.OpenVerb => await OpenAsync(actor, language, values, cancellationToken),
            DeviationCards.ListVerb => await ListAsync(actor, language, values, cancellationToken),
            DeviationCards.NewVerb => await workflow.NewFormAsync(actor, language, null, null, cancellationToken),
            _ => CardActionResult.Message(turn.Text(CommonText.UnknownButton)),
        };
    }

    private async Task<CardActionResult> ReportAsync(Actor actor, UiLanguage language, FormValues values, CancellationToken cancellationToken)
    {
        var state = DeviationFormState.From(values);
        var submissionId = values.Get(RecordFields.SubmissionId);
        if (string.IsNullOrWhiteSpace(state.GroupId))
        {
            return await FormAgainAsync(actor, language, state, submissionId, new FormErrors([new FieldError(DeviationCards.GroupKey, ErrorCodes.Required, RecordsText.Required)]), cancellationToken);
        }

        ServiceResult<Deviation> result;
        NoticeDelivery? delivery;
        using (var watch = deliveries.Watch())
        {
            result = await deviations.ReportAsync(actor, state.GroupId, submissionId ?? string.Empty, state.ToForm(), cancellationToken);
            delivery = watch.Of(DeviationNoticeKind.Reported);
        }

        switch (result)
        {
            case ServiceResult<Deviation>.Success { Value: var stored, Replayed: var replayed }:
                var group = await registry.FindGroupAsync(actor.TenantId, stored.GroupId, cancellationToken);
                if (group is null)
                {
                    return CardActionResult.Error(RecordsText.GroupNotFound.With(stored.GroupId)[language]);
                }

                var banners = new List<CardBanner>
                {
                    replayed
                        ? new CardBanner(DeviationTexts.AlreadyReported[language], BannerKind.Info)
                        : new CardBanner(DeviationTexts.Reported[language], BannerKind.Success),
                };
                if (!replayed && await WhoGotItAsync(actor, group, delivery, !stored.IsReporterView, language, cancellationToken) is { } who)
                {
                    banners.Add(who);
                }

                if (stored.IsReporterView)
                {
                    return CardActionResult.ReplaceCard(DeviationCards.ReporterView(language, group, stored, [.. banners]));
                }

                banners.Add(new CardBanner(DeviationTexts.YouHandleIt[language], BannerKind.Info));
                return CardActionResult.ReplaceCard(DeviationCards.Handling(language, group, stored, banners));
            case ServiceResult<Deviation>.ValidationFailed invalid:
                var id = invalid.Errors.Any(e => e.Field == RecordFields.SubmissionId) ? null : submissionId;
                return await FormAgainAsync(actor, language, state, id, new FormErrors(invalid.Errors), cancellationToken);
            default:
                return RecordReplies.Failure(result, language);
        }
    }

    private async Task<CardActionResult> HandleAsync(Actor actor, UiLanguage language, FormValues values, CancellationToken cancellationToken)
    {
        var groupId = values.Get(DeviationCards.GroupKey) ?? string.Empty;
        var deviationId = values.Get(DeviationCards.DeviationKey) ?? string.Empty;
        var status = values.Get(RecordFields.Status);
        var analysis = values.Get(RecordFields.Analysis);
        if (await registry.FindGroupAsync(actor.TenantId, groupId, cancellationToken) is not { } group)
        {
            return CardActionResult.Error(RecordsText.GroupNotFound.With(groupId)[language]);
        }

        ServiceResult<Deviation> result;
        NoticeDelivery? delivery;
        using (var watch = deliveries.Watch())
        {
            result = await deviations.HandleAsync(
                actor, groupId, deviationId, values.Get(DeviationCards.VersionKey) ?? string.Empty, new DeviationHandlingForm(status, analysis), cancellationToken);
            delivery = watch.Of(DeviationNoticeKind.StatusChanged);
        }

        switch (result)
        {
            case ServiceResult<Deviation>.Success { Value: var handled }:
                var banners = new List<CardBanner>
                {
                    new(DeviationTexts.HandlingSaved.Format(language, DeviationStatuses.Label(handled.Status)[language]), BannerKind.Success),
                };
                if (delivery is { Reached: > 0 })
                {
                    banners.Add(new CardBanner(DeviationTexts.ReporterTold[language], BannerKind.Info));
                }
                else if (delivery is { Unreachable: > 0 })
                {
                    banners.Add(new CardBanner(DeviationTexts.ReporterUnreachable[language], BannerKind.Warning));
                }

                return CardActionResult.ReplaceCard(DeviationCards.Handling(language, group, handled, banners));
            case ServiceResult<Deviation>.ValidationFailed invalid:
                var current = await deviations.GetAsync(actor, groupId, deviationId, cancellationToken);
                return current is ServiceResult<Deviation>.Success { Value: var now }
                    ? CardActionResult.ReplaceCard(DeviationCards.Handling(language, group, now, null, new FormErrors(invalid.Errors), status, analysis))
                    : RecordReplies.Failure(current, language);
            case ServiceResult<Deviation>.Conflict { Current: { } latest } conflict:
                // The same change delivered twice (a retry, a double click) finds its own change stored: that is a success.
                if (latest.Updated?.AadObjectId == actor.AadObjectId
                    && DeviationStatuses.Code(latest.Status) == status?.Trim()
                    && string.Equals(latest.Analysis, Normalise(analysis), StringComparison.Ordinal))
                {
                    var saved = DeviationTexts.HandlingSaved.Format(language, DeviationStatuses.Label(latest.Status)[language]);
                    return CardActionResult.ReplaceCard(DeviationCards.Handling(language, group, latest, [new CardBanner(saved, BannerKind.Success)]));
                }

                return CardActionResult.ReplaceCard(DeviationCards.Handling(language, group, latest, [new CardBanner(conflict.Message[language], BannerKind.Error)]));
            default:
                return RecordReplies.Failure(result, language);
        }
    }

    private async Task<CardActionResult> OpenAsync(Actor actor, UiLanguage language, FormValues values, CancellationToken cancellationToken)
    {
        var groupId = values.Get(DeviationCards.GroupKey) ?? string.Empty;
        var result = await deviations.GetAsync(actor, groupId, values.Get(DeviationCards.DeviationKey) ?? string.Empty, cancellationToken);
        if (result is not ServiceResult<Deviation>.Success { Value: var deviation })
        {
            return RecordReplies.Failure(result, language);
        }

        var group = (await registry.FindGroupAsync(actor.TenantId, groupId, cancellationToken))!;
        return CardActionResult.ReplaceCard(deviation.IsReporterView
            ? DeviationCards.ReporterView(language, group, deviation)
            : DeviationCards.Handling(language, group, deviation));
    }

    private Task<CardActionResult> ListAsync(Actor actor, UiLanguage language, FormValues values, CancellationToken cancellationToken)
    {
        var year = values.GetInt(DeviationCards.FilterYearId, clock.Today.Year);
        if (year < CommandArguments.FirstYear || year > clock.Today.Year)
        {
            year = clock.Today.Year;
        }

        var status = values.Get(DeviationCards.FilterStatusId) is { } code && code != DeviationCards.AllFilter ? DeviationStatuses.Parse(code) : null;
        var groupId = values.Get(DeviationCards.FilterGroupId) is { } g && g != DeviationCards.AllFilter ? g : null;
        return workflow.ListAsync(actor, language, year, status, groupId, cancellationToken);
    }

    /// <summary>Who the reporter is told got the report: the chair, the coordinators, or nobody reachable.</summary>
    private async Task<CardBanner?> WhoGotItAsync(
        Actor actor, LocalGroup group, NoticeDelivery? delivery, bool actorHandles, UiLanguage language, CancellationToken cancellationToken)
    {
        var chair = await registry.GetChairIdAsync(actor.TenantId, group.Id, cancellationToken);
        if (chair == actor.AadObjectId || (chair is null && delivery is null && actorHandles))
        {
            return null; // the reporter is the chair (or the only coordinator): the handling card says so
        }

        if (chair is not null)
        {
            return delivery is { Unreachable: 0, Reached: > 0 }
                ? new CardBanner(DeviationTexts.ChairNotified[language], BannerKind.Info)
                : new CardBanner(DeviationTexts.ChairUnreachable[language], BannerKind.Warning);
        }

        return delivery switch
        {
            null or { Reached: 0, Unreachable: 0 } => new CardBanner(DeviationTexts.NobodyToNotify[language], BannerKind.Warning),
            { Unreachable: > 0 } => new CardBanner(DeviationTexts.CoordinatorsUnreachable.Format(language, delivery.Unreachable), BannerKind.Warning),
            _ => new CardBanner(DeviationTexts.CoordinatorsNotified[language], BannerKind.Info),
        };
    }

    private async Task<CardActionResult> FormAgainAsync(
        Actor actor, UiLanguage language, DeviationFormState state, string? submissionId, FormErrors errors, CancellationToken cancellationToken)
    {
        var groups = await registry.GetGroupsAsync(actor.TenantId, cancellationToken);
        return CardActionResult.ReplaceCard(DeviationCards.ReportForm(
            language, groups, state, submissionId ?? MeetingWorkflow.NewSubmissionId(), clock.Today, errors));
    }

    private static string? Normalise(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}
