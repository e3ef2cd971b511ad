using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Meetings;

namespace VastbusBot.Features.Records.Commands;

/// <summary>
/// The steps of the meeting flow that both typed commands and card buttons start: a new form (or, for someone in no
/// group, what to do about it) and the list of a year's meetings.
/// </summary>
public sealed class MeetingWorkflow(IOrganisationRegistry registry, IMeetingService meetings, RecordClock clock)
{
    /// <summary>
    /// A new meeting form for the user's groups, with <paramref name="groupName"/> (a group the user belongs to)
    /// chosen when given. A user in no group is told how to get into one; an admin gets the join card.
    /// </summary>
    public async Task<CardActionResult> NewFormAsync(
        Actor actor, UiLanguage language, string? groupName, CardBanner? banner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var mine = await registry.GetGroupsForUserAsync(actor, cancellationToken);
        if (mine.Count == 0)
        {
            var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
            if (!roles.IsAdmin)
            {
                return CardActionResult.Message(MeetingTexts.NoGroup.Format(language, actor.AadObjectId));
            }

            var all = await registry.GetGroupsAsync(actor.TenantId, cancellationToken);
            return CardActionResult.ReplaceCard(MeetingCards.Join(language, all, GroupNames.Find(all, groupName)?.Id, null, null));
        }

        var groups = mine.Select(g => g.Group).ToList();
        var chosen = GroupNames.Find(groups, groupName) ?? (groups.Count == 1 ? groups[0] : null);
        var organisation = await OwnOrganisationAsync(actor, chosen ?? groups[0], cancellationToken);
        var state = MeetingFormState.New(chosen?.Id, clock.Today, actor.Name, organisation);
        var card = MeetingCards.NewForm(
            language, groups, state, NewSubmissionId(), MeetingFormState.InitialRows, clock.Today, banner: banner);
        return CardActionResult.ReplaceCard(card);
    }

    /// <summary>
    /// The meetings of <paramref name="year"/>: of the group with <paramref name="groupId"/>, or of every group the user
    /// is in when it is null.
    /// </summary>
    public async Task<CardActionResult> ListAsync(Actor actor, UiLanguage language, int year, string? groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        List<LocalGroup> groups;
        if (groupId is not null)
        {
            if (await registry.FindGroupAsync(actor.TenantId, groupId, cancellationToken) is not { } group)
            {
                return CardActionResult.Error(RecordsText.GroupNotFound.With(groupId)[language]);
            }

            groups = [group];
        }
        else
        {
            groups = [.. (await registry.GetGroupsForUserAsync(actor, cancellationToken)).Select(g => g.Group)];
            if (groups.Count == 0)
            {
                return CardActionResult.Message(MeetingTexts.NoGroupForList.Format(language, year));
            }
        }

        var lists = new List<(LocalGroup, IReadOnlyList<Meeting>)>();
        foreach (var group in groups)
        {
            var result = await meetings.ListAsync(actor, group.Id, year, cancellationToken);
            if (result is not ServiceResult<IReadOnlyList<Meeting>>.Success success)
            {
                return RecordReplies.Failure(result, language);
            }

            lists.Add((group, success.Value));
        }

        var canLog = groups.Any(g => RecordsAuthorization.CanLogMeetings(roles, g));
        return CardActionResult.ReplaceCard(MeetingCards.List(language, year, clock.Today.Year, lists, groupId, canLog));
    }

    /// <summary>A new id for a rendered form: the same submission delivered twice is stored once.</summary>
    public static string NewSubmissionId() => Guid.NewGuid().ToString("D");

    /// <summary>The organisation the user is registered with in the group, to fill in the first participant row.</summary>
    private async Task<string?> OwnOrganisationAsync(Actor actor, LocalGroup group, CancellationToken cancellationToken)
    {
        var details = await registry.GetGroupAsync(actor, group.Id, cancellationToken);
        return details.ValueOrDefault?.Members.FirstOrDefault(m => m.Person.AadObjectId == actor.AadObjectId)?.Person.Organisation;
    }
}
