using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Deviations;

namespace VastbusBot.Features.Records.Commands;

/// <summary>The steps of the deviation flow that typed commands and card buttons share: the report form and the list.</summary>
public sealed class DeviationWorkflow(IOrganisationRegistry registry, IDeviationService deviations, RecordClock clock)
{
    /// <summary>The report form; the group named (or the user's only group) is chosen.</summary>
    public async Task<CardActionResult> NewFormAsync(Actor actor, UiLanguage language, string? groupName, CardBanner? banner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var all = await registry.GetGroupsAsync(actor.TenantId, cancellationToken);
        var chosen = GroupNames.Find(all, groupName);
        if (chosen is null)
        {
            var mine = await registry.GetGroupsForUserAsync(actor, cancellationToken);
            chosen = mine.Count == 1 ? mine[0].Group : null;
        }

        var card = DeviationCards.ReportForm(
            language, all, DeviationFormState.New(chosen?.Id, clock.Today), MeetingWorkflow.NewSubmissionId(), clock.Today, banner: banner);
        return CardActionResult.ReplaceCard(card);
    }

    /// <summary>
    /// The list card: the deviations the user handles (as chair, coordinator or admin) and their own reports, for one
    /// year and optionally one status and one group.
    /// </summary>
    public async Task<CardActionResult> ListAsync(
        Actor actor, UiLanguage language, int year, DeviationStatus? status, string? groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        var all = await registry.GetGroupsAsync(actor.TenantId, cancellationToken);
        var byId = all.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var handled = roles.IsAdmin
            ? all
            : [.. all.Where(g => roles.IsChairOf(g.Id) || roles.IsCoordinatorOf(g.AreaId))];
        var filter = new DeviationFilter(year, status);

        List<(LocalGroup, Deviation)>? toHandle = null;
        LocalizedText? note = null;
        if (groupId is not null)
        {
            if (!byId.TryGetValue(groupId, out var group))
            {
                return CardActionResult.Error(RecordsText.GroupNotFound.With(groupId)[language]);
            }

            var result = await deviations.ListAsync(actor, group.Id, filter, cancellationToken);
            if (result is ServiceResult<IReadOnlyList<Deviation>>.Success one)
            {
                toHandle = [.. one.Value.Select(d => (group, d))];
            }
            else
            {
                note = result is ServiceResult<IReadOnlyList<Deviation>>.Forbidden f ? f.Message : RecordsText.GroupNotFound.With(groupId);
            }
        }
        else if (roles.Groups.Any(g => g.Role == GroupRole.Chair) || roles.CoordinatorOfAreas.Count > 0)
        {
            toHandle = await HandledAsync(actor, roles, byId, filter, cancellationToken);
        }
        else if (roles.IsAdmin)
        {
            toHandle = [];
            note = DeviationTexts.ChooseGroupToHandle;
        }
        else
        {
            note = DeviationTexts.NotAHandler;
        }

        var mine = (await deviations.ListMineAsync(actor, DeviationService.MaxMine, cancellationToken))
            .Where(d => d.Content.Date.Year == year && (status is null || d.Status == status) && (groupId is null || d.GroupId == groupId))
            .Where(d => byId.ContainsKey(d.GroupId))
            .Select(d => (byId[d.GroupId], d))
            .ToList();

        var view = new DeviationListView(year, clock.Today.Year, status, groupId, handled, toHandle, mine, note);
        return CardActionResult.ReplaceCard(DeviationCards.List(language, view));
    }

    private async Task<List<(LocalGroup, Deviation)>> HandledAsync(
        Actor actor, UserRoles roles, Dictionary<string, LocalGroup> byId, DeviationFilter filter, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Deviation>(StringComparer.Ordinal);
        foreach (var area in roles.CoordinatorOfAreas)
        {
            if (await deviations.ListForAreaAsync(actor, area, filter, cancellationToken) is ServiceResult<IReadOnlyList<Deviation>>.Success inArea)
            {
                foreach (var d in inArea.Value)
                {
                    found[d.Id] = d;
                }
            }
        }

        foreach (var chaired in roles.Groups.Where(g => g.Role == GroupRole.Chair && byId.ContainsKey(g.GroupId)))
        {
            if (!roles.IsCoordinatorOf(byId[chaired.GroupId].AreaId)
                && await deviations.ListAsync(actor, chaired.GroupId, filter, cancellationToken) is ServiceResult<IReadOnlyList<Deviation>>.Success inGroup)
            {
                foreach (var d in inGroup.Value)
                {
                    found[d.Id] = d;
                }
            }
        }

        return [.. found.Values
            .Where(d => byId.ContainsKey(d.GroupId))
            .OrderByDescending(d => d.Content.Date)
            .ThenByDescending(d => d.Reported.At)
            .Select(d => (byId[d.GroupId], d))];
    }
}
