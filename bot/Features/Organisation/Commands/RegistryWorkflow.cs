using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Administration;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Commands;

namespace VastbusBot.Features.Organisation.Commands;

/// <summary>The registry cards that both typed commands and card buttons open.</summary>
public sealed class RegistryWorkflow(IOrganisationRegistry registry)
{
    public async Task<CardActionResult> MyRoleAsync(Actor actor, UiLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        var groups = await registry.GetGroupsForUserAsync(actor, cancellationToken);
        var areas = roles.CoordinatorOfAreas.Select(registry.Catalog.FindArea).OfType<Area>().ToList();
        return CardActionResult.ReplaceCard(RegistryCards.MyRole(language, actor, groups, areas, roles.IsAdmin));
    }

    /// <summary>A group's card: the group with <paramref name="groupId"/>, or the user's first group.</summary>
    public async Task<CardActionResult> GroupAsync(Actor actor, UiLanguage language, string? groupId, CardBanner? banner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (groupId is null)
        {
            var mine = await registry.GetGroupsForUserAsync(actor, cancellationToken);
            if (mine.Count == 0)
            {
                return CardActionResult.Message(RegistryTexts.NotInAGroup[language]);
            }

            groupId = mine[0].Group.Id;
        }

        var result = await registry.GetGroupAsync(actor, groupId, cancellationToken);
        if (result is not ServiceResult<GroupDetails>.Success { Value: var details })
        {
            return RecordReplies.Failure(result, language);
        }

        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        return CardActionResult.ReplaceCard(RegistryCards.Group(
            language, details, RecordsAuthorization.CanManageMembers(roles, details.Group), roles.IsAdmin, banner));
    }

    /// <summary>The add-member form, for the groups the user chairs (every group for an admin).</summary>
    public async Task<CardActionResult> MemberFormAsync(Actor actor, UiLanguage language, string? groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var groups = await ManageableGroupsAsync(actor, cancellationToken);
        if (groups.Count == 0)
        {
            return CardActionResult.Error(RegistryTexts.NotChairOrAdmin[language]);
        }

        var chosen = groupId ?? (groups.Count == 1 ? groups[0].Id : null);
        return CardActionResult.ReplaceCard(RegistryCards.PersonForm(
            language, PersonFormKind.Member, groups, chosen, new PersonForm(null, null), prefilledWithSelf: false));
    }

    /// <summary>The assign-chair form (admins), filled in with the admin's own id and name: the usual first step.</summary>
    public async Task<CardActionResult> ChairFormAsync(Actor actor, UiLanguage language, string? groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await IsAdminAsync(actor, cancellationToken))
        {
            return CardActionResult.Error(AdminTexts.NotAdmin[language]);
        }

        var groups = await registry.GetGroupsAsync(actor.TenantId, cancellationToken);
        return CardActionResult.ReplaceCard(RegistryCards.PersonForm(
            language, PersonFormKind.Chair, groups, groupId, new PersonForm(actor.AadObjectId, actor.Name), prefilledWithSelf: true));
    }

    /// <summary>The assign-coordinator form (admins), filled in with the admin's own id and name.</summary>
    public async Task<CardActionResult> CoordinatorFormAsync(Actor actor, UiLanguage language, string? areaId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await IsAdminAsync(actor, cancellationToken))
        {
            return CardActionResult.Error(AdminTexts.NotAdmin[language]);
        }

        return CardActionResult.ReplaceCard(RegistryCards.CoordinatorForm(
            language, registry.Catalog.Areas, areaId, new PersonForm(actor.AadObjectId, actor.Name), prefilledWithSelf: true));
    }

    /// <summary>The groups whose members the user may manage: the ones they chair, or all for an admin.</summary>
    public async Task<IReadOnlyList<LocalGroup>> ManageableGroupsAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        var all = await registry.GetGroupsAsync(actor.TenantId, cancellationToken);
        return roles.IsAdmin ? all : [.. all.Where(g => RecordsAuthorization.CanManageMembers(roles, g))];
    }

    private async Task<bool> IsAdminAsync(Actor actor, CancellationToken cancellationToken) =>
        (await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken)).IsAdmin;
}
