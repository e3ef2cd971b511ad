using System.Text.Json;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Commands;

/// <summary>
/// The meeting cards' buttons: save a new meeting (idempotent on the card's submission id), show more participant
/// rows, open, edit and update a meeting (optimistic concurrency on its version), list a year, and join a group.
/// </summary>
public sealed class MeetingCardActions(
    IOrganisationRegistry registry,
    IMeetingService meetings,
    MeetingValidator validator,
    MeetingWorkflow workflow,
    RecordClock clock) : ICardAction
{
    public IReadOnlyCollection<string> Verbs { get; } =
    [
        MeetingCards.SaveVerb, MeetingCards.UpdateVerb, MeetingCards.MoreRowsVerb, MeetingCards.EditVerb,
        MeetingCards.ShowVerb, MeetingCards.ListVerb, MeetingCards.NewVerb, MeetingCards.JoinVerb,
    ];

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
            MeetingCards.SaveVerb => await SaveAsync(actor, language, values, cancellationToken),
            MeetingCards.UpdateVerb => await UpdateAsync(actor, language, values, cancellationToken),
            MeetingCards.MoreRowsVerb => await MoreRowsAsync(actor, language, values, cancellationToken),
            MeetingCards.EditVerb => await EditAsync(actor, language, values, cancellationToken),
            MeetingCards.ShowVerb => await ShowAsync(actor, language, values, cancellationToken),
            MeetingCards.ListVerb => await workflow.ListAsync(
                actor, language, values.GetInt(MeetingCards.YearKey, clock.Today.Year), values.Get(MeetingCards.GroupKey), cancellationToken),
            MeetingCards.NewVerb => await workflow.NewFormAsync(actor, language, null, null, cancellationToken),
            MeetingCards.JoinVerb => await JoinAsync(actor, language, values, cancellationToken),
            _ => CardActionResult.Message(turn.Text(CommonText.UnknownButton)),
        };
    }

    private async Task<CardActionResult> SaveAsync(Actor actor, UiLanguage language, FormValues values, CancellationToken cancellationToken)
    {
        var rows = Rows(values);
        var state = MeetingFormState.From(values, rows);
        var submissionId = values.Get(RecordFields.SubmissionId);
        if (string.IsNullOrWhiteSpace(state.GroupId))
        {
            return await NewFormAgainAsync(actor, language, state, submissionId, rows, new FormErrors([Required(MeetingCards.GroupKey)]), cancellationToken);
        }

        var result = await meetings.LogAsync(actor, state.GroupId, submissionId ?? string.Empty, state.ToForm(), cancellationToken);
        switch (result)
        {
            case ServiceResult<Meeting>.Success success:
                var banner = success.Replayed ? MeetingTexts.AlreadySaved : MeetingTexts.Saved;
                return await SummaryAsync(actor, language, success.Value, new CardBanner(banner[language], success.Replayed ? BannerKind.Info : BannerKind.Success), cancellationToken);
            case ServiceResult<Meeting>.ValidationFailed invalid:
                // A card without a usable submission id (an old or altered card) gets a fresh one, so it can be saved.
                var id = invalid.Errors.Any(e => e.Field == RecordFields.SubmissionId) ? null : submissionId;
                return await NewFormAgainAsync(actor, language, state, id, rows, new FormErrors(invalid.Errors), cancellationToken);
            default:
                return RecordReplies.Failure(result, language);
        }
    }

    private async Task<CardActionResult> UpdateAsync(Actor actor, UiLanguage language, FormValues values, CancellationToken cancellationToken)
    {
        var rows = Rows(values);
        var state = MeetingFormState.From(values, rows);
        var (groupId, meetingId, version) = (state.GroupId ?? string.Empty, values.Get(MeetingCards.MeetingKey) ?? string.Empty, values.Get(MeetingCards.VersionKey) ?? string.Empty);
        if (await registry.FindGroupAsync(actor.TenantId, groupId, cancellationToken) is not { } group)
        {
            return CardActionResult.Error(RecordsText.GroupNotFound.With(groupId)[language]);
        }

        var form = state.ToForm();
        var result = await meetings.UpdateAsync(actor, groupId, meetingId, version, form, cancellationToken);
        switch (result)
        {
            case ServiceResult<Meeting>.Success success:
                return CardActionResult.ReplaceCard(MeetingCards.Summary(language, group, success.Value, new CardBanner(MeetingTexts.Updated[language], BannerKind.Success)));
            case ServiceResult<Meeting>.ValidationFailed invalid:
                return CardActionResult.ReplaceCard(MeetingCards.EditForm(
                    language, group, meetingId, version, state, state.RowsToShow(rows), clock.Today, new FormErrors(invalid.Errors)));
            case ServiceResult<Meeting>.Conflict { Current: { } current } conflict:
                // The same change delivered twice (a retry, a double click) finds its own edit stored: that is a success.
                if (current.Updated?.AadObjectId == actor.AadObjectId && SameContent(current.Content, form))
                {
                    return CardActionResult.ReplaceCard(MeetingCards.Summary(language, group, current, new CardBanner(MeetingTexts.Updated[language], BannerKind.Success)));
                }

                return CardActionResult.ReplaceCard(MeetingCards.Summary(language, group, current, new CardBanner(conflict.Message[language], BannerKind.Error)));
            default:
                return RecordReplies.Failure(result, language);
        }
    }

    private async Task<CardActionResult> MoreRowsAsync(Actor actor, UiLanguage language, FormValues values, CancellationToken cancellationToken)
    {
        var rows = Rows(values);
        var state = MeetingFormState.From(values, rows);
        var more = state.RowsToShow(rows + MeetingFormState.RowStep);
        if (values.Get(MeetingCards.MeetingKey) is { } meetingId)
        {
            if (await registry.FindGroupAsync(actor.TenantId, state.GroupId ?? string.Empty, cancellationToken) is not { } group)
            {
                return CardActionResult.Error(RecordsText.GroupNotFound.With(state.GroupId)[language]);
            }

            return CardActionResult.ReplaceCard(MeetingCards.EditForm(
                language, group, meetingId, values.Get(MeetingCards.VersionKey) ?? string.Empty, state, more, clock.Today));
        }

        return await NewFormAgainAsync(actor, language, state, values.Get(RecordFields.SubmissionId), more, FormErrors.None, cancellationToken);
    }

    private async Task<CardActionResult> EditAsync(Actor actor, UiLanguage language, FormValues values, CancellationToken cancellationToken)
    {
        var groupId = values.Get(MeetingCards.GroupKey) ?? string.Empty;
        var result = await meetings.GetAsync(actor, groupId, values.Get(MeetingCards.MeetingKey) ?? string.Empty, cancellationToken);
        if (result is not ServiceResult<Meeting>.Success { Value: var meeting })
        {
            return RecordReplies.Failure(result, language);
        }

        // Coordinators and admins may read a group's meetings; only its members edit them.
        var group = (await registry.FindGroupAsync(actor.TenantId, groupId, cancellationToken))!;
        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        if (!RecordsAuthorization.CanLogMeetings(roles, group))
        {
            return CardActionResult.Error(RecordsText.OnlyMembersLogMeetings.With(group.Name)[language]);
        }

        var state = MeetingFormState.From(meeting);
        return CardActionResult.ReplaceCard(MeetingCards.EditForm(
            language, group, meeting.Id, meeting.Version, state, state.RowsToShow(state.Participants.Count + 1), clock.Today));
    }

    private async Task<CardActionResult> ShowAsync(Actor actor, UiLanguage language, FormValues values, CancellationToken cancellationToken)
    {
        var result = await meetings.GetAsync(actor, values.Get(MeetingCards.GroupKey) ?? string.Empty, values.Get(MeetingCards.MeetingKey) ?? string.Empty, cancellationToken);
        return result is ServiceResult<Meeting>.Success success
            ? await SummaryAsync(actor, language, success.Value, null, cancellationToken)
            : RecordReplies.Failure(result, language);
    }

    private async Task<CardActionResult> JoinAsync(Actor actor, UiLanguage language, FormValues values, CancellationToken cancellationToken)
    {
        var groupId = values.Get(MeetingCards.GroupKey);
        var function = values.Get(RecordFields.Function);
        var organisation = values.Get(RecordFields.Organisation);
        var all = await registry.GetGroupsAsync(actor.TenantId, cancellationToken);
        if (string.IsNullOrWhiteSpace(groupId))
        {
            return CardActionResult.ReplaceCard(MeetingCards.Join(language, all, groupId, function, organisation, new FormErrors([Required(MeetingCards.GroupKey)])));
        }

        var chair = values.Get(MeetingCards.RoleKey) == MeetingCards.ChairRole;
        var form = new PersonForm(actor.AadObjectId, actor.Name, function, organisation);
        var result = chair
            ? await registry.AssignChairAsync(actor, groupId, form, cancellationToken)
            : await registry.AddMemberAsync(actor, groupId, form, cancellationToken);
        switch (result)
        {
            case ServiceResult<GroupMember>.Success:
                var group = (await registry.FindGroupAsync(actor.TenantId, groupId, cancellationToken))!;
                var text = (chair ? MeetingTexts.JoinedAsChair : MeetingTexts.JoinedAsMember).Format(language, group.Name[language]);
                return await workflow.NewFormAsync(actor, language, group.Id, new CardBanner(text, BannerKind.Success), cancellationToken);
            case ServiceResult<GroupMember>.ValidationFailed invalid:
                return CardActionResult.ReplaceCard(MeetingCards.Join(language, all, groupId, function, organisation, new FormErrors(invalid.Errors)));
            default:
                return RecordReplies.Failure(result, language);
        }
    }

    private async Task<CardActionResult> NewFormAgainAsync(
        Actor actor, UiLanguage language, MeetingFormState state, string? submissionId, int rows, FormErrors errors, CancellationToken cancellationToken)
    {
        var groups = (await registry.GetGroupsForUserAsync(actor, cancellationToken)).Select(g => g.Group).ToList();
        if (state.GroupId is { } chosen && groups.All(g => g.Id != chosen) && await registry.FindGroupAsync(actor.TenantId, chosen, cancellationToken) is { } other)
        {
            groups.Add(other); // keep what the card said even if the user has left the group meanwhile
        }

        return CardActionResult.ReplaceCard(MeetingCards.NewForm(
            language, groups, state, submissionId ?? MeetingWorkflow.NewSubmissionId(), state.RowsToShow(rows), clock.Today, errors));
    }

    private async Task<CardActionResult> SummaryAsync(Actor actor, UiLanguage language, Meeting meeting, CardBanner? banner, CancellationToken cancellationToken)
    {
        var group = await registry.FindGroupAsync(actor.TenantId, meeting.GroupId, cancellationToken);
        return group is null
            ? CardActionResult.Error(RecordsText.GroupNotFound.With(meeting.GroupId)[language])
            : CardActionResult.ReplaceCard(MeetingCards.Summary(language, group, meeting, banner));
    }

    private bool SameContent(MeetingContent stored, MeetingForm form)
    {
        var typed = validator.Validate(form, clock.Today);
        return typed.IsValid && JsonSerializer.Serialize(typed.Value) == JsonSerializer.Serialize(stored);
    }

    private static int Rows(FormValues values) =>
        Math.Clamp(values.GetInt(MeetingCards.RowsKey, MeetingFormState.InitialRows), 1, MeetingValidator.MaxParticipants);

    private static FieldError Required(string field) => new(field, ErrorCodes.Required, RecordsText.Required);
}
