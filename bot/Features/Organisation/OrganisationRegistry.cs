using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Organisation;

/// <summary>
/// The organisation registry: the seeded areas, municipalities and groups plus, per tenant, who is member, chair,
/// coordinator and admin. Methods taking an <see cref="Actor"/> check that actor's rights; the others are for
/// other services (they return data, not results) and do no authorization.
/// </summary>
public interface IOrganisationRegistry
{
    OrganisationCatalog Catalog { get; }

    /// <summary>A seeded group or a district group added in <paramref name="tenantId"/>.</summary>
    Task<LocalGroup?> FindGroupAsync(string tenantId, string groupId, CancellationToken cancellationToken);

    /// <summary>All groups of the tenant: the seeded ones and its district groups.</summary>
    Task<IReadOnlyList<LocalGroup>> GetGroupsAsync(string tenantId, CancellationToken cancellationToken);

    Task<UserRoles> GetRolesAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The groups <paramref name="actor"/> is member or chair of, by name.</summary>
    Task<IReadOnlyList<UserGroup>> GetGroupsForUserAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>A group with its members; for its members, its area's coordinators and admins.</summary>
    Task<ServiceResult<GroupDetails>> GetGroupAsync(Actor actor, string groupId, CancellationToken cancellationToken);

    /// <summary>Adds a member or updates a member's details (the group's chair or an admin).</summary>
    Task<ServiceResult<GroupMember>> AddMemberAsync(Actor actor, string groupId, PersonForm form, CancellationToken cancellationToken);

    /// <summary>Makes someone the chair (admins); the previous chair stays as a member.</summary>
    Task<ServiceResult<GroupMember>> AssignChairAsync(Actor actor, string groupId, PersonForm form, CancellationToken cancellationToken);

    /// <summary>Removes a member (the group's chair or an admin).</summary>
    Task<ServiceResult<GroupMember>> RemoveMemberAsync(Actor actor, string groupId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The coordinators of an area (anyone in the tenant may ask who they are).</summary>
    Task<ServiceResult<IReadOnlyList<Coordinator>>> GetCoordinatorsAsync(Actor actor, string areaId, CancellationToken cancellationToken);

    Task<ServiceResult<Coordinator>> AssignCoordinatorAsync(Actor actor, string areaId, PersonForm form, CancellationToken cancellationToken);

    Task<ServiceResult<Coordinator>> RemoveCoordinatorAsync(Actor actor, string areaId, string aadObjectId, CancellationToken cancellationToken);

    Task<ServiceResult<IReadOnlyList<AdminEntry>>> GetAdminsAsync(Actor actor, CancellationToken cancellationToken);

    Task<ServiceResult<AdminEntry>> AddAdminAsync(Actor actor, PersonForm form, CancellationToken cancellationToken);

    Task<ServiceResult<AdminEntry>> RemoveAdminAsync(Actor actor, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Adds a district group to a municipality in the actor's tenant (admins).</summary>
    Task<ServiceResult<LocalGroup>> AddDistrictGroupAsync(Actor actor, string municipalityId, string? district, CancellationToken cancellationToken);

    /// <summary>The chair's object id, or null when the group has none (for notifications).</summary>
    Task<string?> GetChairIdAsync(string tenantId, string groupId, CancellationToken cancellationToken);

    /// <summary>The object ids of an area's coordinators (for notifications).</summary>
    Task<IReadOnlyList<string>> GetCoordinatorIdsAsync(string tenantId, string areaId, CancellationToken cancellationToken);
}

/// <inheritdoc cref="IOrganisationRegistry"/>
public sealed partial class OrganisationRegistry(
    OrganisationCatalog catalog,
    IRegistryStore store,
    IOptions<OrganisationOptions> options,
    PersonValidator validator,
    RecordClock clock,
    ILogger<OrganisationRegistry> logger) : IOrganisationRegistry
{
    public OrganisationCatalog Catalog => catalog;

    public async Task<LocalGroup?> FindGroupAsync(string tenantId, string groupId, CancellationToken cancellationToken)
    {
        if (catalog.FindGroup(groupId) is { } seeded)
        {
            return seeded;
        }

        if (string.IsNullOrWhiteSpace(groupId) || !OrganisationSeedLoader.IdPattern().IsMatch(groupId))
        {
            return null;
        }

        var own = await store.GetTenantGroupsAsync(tenantId, cancellationToken);
        return own.Where(g => g.Id == groupId).Select(ToLocalGroup).OfType<LocalGroup>().FirstOrDefault();
    }

    public async Task<IReadOnlyList<LocalGroup>> GetGroupsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var own = await store.GetTenantGroupsAsync(tenantId, cancellationToken);
        return [.. catalog.Groups.Concat(own.Select(ToLocalGroup).OfType<LocalGroup>())];
    }

    public async Task<UserRoles> GetRolesAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var user = Actor.NormaliseUserId(aadObjectId);
        var entries = await store.GetUserEntriesAsync(tenantId, user, cancellationToken);
        var isAdmin = entries.IsStoredAdmin || options.Value.IsConfiguredAdmin(tenantId, user);
        return new UserRoles(tenantId, user, entries.Groups, entries.CoordinatorOfAreas, isAdmin);
    }

    public async Task<IReadOnlyList<UserGroup>> GetGroupsForUserAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = await GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        var groups = new List<UserGroup>();
        foreach (var membership in roles.Groups)
        {
            if (await FindGroupAsync(actor.TenantId, membership.GroupId, cancellationToken) is { } group)
            {
                groups.Add(new UserGroup(group, membership.Role));
            }
        }

        return [.. groups.OrderBy(g => g.Group.Name.Sv, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true))];
    }

    public async Task<ServiceResult<GroupDetails>> GetGroupAsync(Actor actor, string groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await FindGroupAsync(actor.TenantId, groupId, cancellationToken) is not { } group)
        {
            return new ServiceResult<GroupDetails>.NotFound(RecordsText.GroupNotFound.With(groupId));
        }

        var roles = await GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        if (!RecordsAuthorization.CanViewGroup(roles, group))
        {
            return new ServiceResult<GroupDetails>.Forbidden(RecordsText.OnlyMembersSeeGroup.With(group.Name));
        }

        var members = await store.GetMembersAsync(actor.TenantId, group.Id, cancellationToken);
        return new ServiceResult<GroupDetails>.Success(new GroupDetails(group, catalog.FindArea(group.AreaId)!, members));
    }

    public Task<ServiceResult<GroupMember>> AddMemberAsync(Actor actor, string groupId, PersonForm form, CancellationToken cancellationToken) =>
        SetMemberAsync(actor, groupId, form, makeChair: false, cancellationToken);

    public Task<ServiceResult<GroupMember>> AssignChairAsync(Actor actor, string groupId, PersonForm form, CancellationToken cancellationToken) =>
        SetMemberAsync(actor, groupId, form, makeChair: true, cancellationToken);

    public async Task<ServiceResult<GroupMember>> RemoveMemberAsync(Actor actor, string groupId, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await FindGroupAsync(actor.TenantId, groupId, cancellationToken) is not { } group)
        {
            return new ServiceResult<GroupMember>.NotFound(RecordsText.GroupNotFound.With(groupId));
        }

        var roles = await GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        if (!RecordsAuthorization.CanManageMembers(roles, group))
        {
            return new ServiceResult<GroupMember>.Forbidden(RecordsText.OnlyChairOrAdminManagesMembers.With(group.Name));
        }

        var user = Actor.NormaliseUserId(aadObjectId ?? string.Empty);
        var result = await store.RemoveMemberAsync(actor.TenantId, group.Id, user, cancellationToken);
        switch (result.Outcome)
        {
            case RegistryWriteOutcome.Done:
                LogRegistryChange(logger, "remove-member", group.Id, actor.AadObjectId);
                return new ServiceResult<GroupMember>.Success(result.Value!);
            case RegistryWriteOutcome.NotFound:
                return new ServiceResult<GroupMember>.NotFound(RecordsText.MemberNotFound);
            default:
                return new ServiceResult<GroupMember>.Conflict(null, RecordsText.RegistryConflict);
        }
    }

    public async Task<ServiceResult<IReadOnlyList<Coordinator>>> GetCoordinatorsAsync(Actor actor, string areaId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (catalog.FindArea(areaId) is not { } area)
        {
            return new ServiceResult<IReadOnlyList<Coordinator>>.NotFound(RecordsText.AreaNotFound.With(areaId));
        }

        return new ServiceResult<IReadOnlyList<Coordinator>>.Success(await store.GetCoordinatorsAsync(actor.TenantId, area.Id, cancellationToken));
    }

    public async Task<ServiceResult<Coordinator>> AssignCoordinatorAsync(Actor actor, string areaId, PersonForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (catalog.FindArea(areaId) is not { } area)
        {
            return new ServiceResult<Coordinator>.NotFound(RecordsText.AreaNotFound.With(areaId));
        }

        if (!await IsAdminAsync(actor, cancellationToken))
        {
            return new ServiceResult<Coordinator>.Forbidden(RecordsText.OnlyAdmins);
        }

        var person = validator.Validate(form, requireFunctionAndOrganisation: false);
        if (!person.IsValid)
        {
            return new ServiceResult<Coordinator>.ValidationFailed(person.Errors);
        }

        var coordinator = await store.SetCoordinatorAsync(actor.TenantId, area.Id, person.Value!, StampFor(actor), cancellationToken);
        LogRegistryChange(logger, "assign-coordinator", area.Id, actor.AadObjectId);
        return new ServiceResult<Coordinator>.Success(coordinator);
    }

    public async Task<ServiceResult<Coordinator>> RemoveCoordinatorAsync(Actor actor, string areaId, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (catalog.FindArea(areaId) is not { } area)
        {
            return new ServiceResult<Coordinator>.NotFound(RecordsText.AreaNotFound.With(areaId));
        }

        if (!await IsAdminAsync(actor, cancellationToken))
        {
            return new ServiceResult<Coordinator>.Forbidden(RecordsText.OnlyAdmins);
        }

        var removed = await store.RemoveCoordinatorAsync(actor.TenantId, area.Id, Actor.NormaliseUserId(aadObjectId ?? string.Empty), cancellationToken);
        if (removed is null)
        {
            return new ServiceResult<Coordinator>.NotFound(RecordsText.CoordinatorNotFound);
        }

        LogRegistryChange(logger, "remove-coordinator", area.Id, actor.AadObjectId);
        return new ServiceResult<Coordinator>.Success(removed);
    }

    public async Task<ServiceResult<IReadOnlyList<AdminEntry>>> GetAdminsAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await IsAdminAsync(actor, cancellationToken))
        {
            return new ServiceResult<IReadOnlyList<AdminEntry>>.Forbidden(RecordsText.OnlyAdmins);
        }

        var stored = await store.GetAdminsAsync(actor.TenantId, cancellationToken);
        var configured = options.Value.ConfiguredAdmins(actor.TenantId)
            .Select(id => new AdminEntry(id, stored.FirstOrDefault(s => s.AadObjectId == id)?.Name, FromConfiguration: true, Added: null))
            .ToList();
        IReadOnlyList<AdminEntry> all = [.. configured, .. stored.Where(s => configured.All(c => c.AadObjectId != s.AadObjectId))];
        return new ServiceResult<IReadOnlyList<AdminEntry>>.Success(all);
    }

    public async Task<ServiceResult<AdminEntry>> AddAdminAsync(Actor actor, PersonForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await IsAdminAsync(actor, cancellationToken))
        {
            return new ServiceResult<AdminEntry>.Forbidden(RecordsText.OnlyAdmins);
        }

        var person = validator.Validate(form, requireFunctionAndOrganisation: false);
        if (!person.IsValid)
        {
            return new ServiceResult<AdminEntry>.ValidationFailed(person.Errors);
        }

        var admin = await store.SetAdminAsync(actor.TenantId, person.Value!, StampFor(actor), cancellationToken);
        LogRegistryChange(logger, "add-admin", "-", actor.AadObjectId);
        return new ServiceResult<AdminEntry>.Success(admin);
    }

    public async Task<ServiceResult<AdminEntry>> RemoveAdminAsync(Actor actor, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await IsAdminAsync(actor, cancellationToken))
        {
            return new ServiceResult<AdminEntry>.Forbidden(RecordsText.OnlyAdmins);
        }

        var user = Actor.NormaliseUserId(aadObjectId ?? string.Empty);
        if (options.Value.IsConfiguredAdmin(actor.TenantId, user))
        {
            return new ServiceResult<AdminEntry>.Forbidden(RecordsText.ConfiguredAdmin);
        }

        var removed = await store.RemoveAdminAsync(actor.TenantId, user, cancellationToken);
        if (removed is null)
        {
            return new ServiceResult<AdminEntry>.NotFound(RecordsText.AdminNotFound);
        }

        LogRegistryChange(logger, "remove-admin", "-", actor.AadObjectId);
        return new ServiceResult<AdminEntry>.Success(removed);
    }

    public async Task<ServiceResult<LocalGroup>> AddDistrictGroupAsync(Actor actor, string municipalityId, string? district, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (catalog.FindMunicipality(municipalityId) is not { } municipality)
        {
            return new ServiceResult<LocalGroup>.NotFound(RecordsText.MunicipalityNotFound.With(municipalityId));
        }

        if (!await IsAdminAsync(actor, cancellationToken))
        {
            return new ServiceResult<LocalGroup>.Forbidden(RecordsText.OnlyAdmins);
        }

        var name = validator.ValidateDistrict(district);
        var slug = name.IsValid ? Slug(name.Value!) : string.Empty;
        if (!name.IsValid || slug.Length == 0)
        {
            IReadOnlyList<FieldError> errors = name.IsValid
                ? [new FieldError(RecordFields.District, ErrorCodes.Required, RecordsText.Required)]
                : name.Errors;
            return new ServiceResult<LocalGroup>.ValidationFailed(errors);
        }

        var group = new TenantGroup($"{municipality.Id}-{slug}", municipality.Id, name.Value!, StampFor(actor));
        var local = ToLocalGroup(group)!;
        if (catalog.FindGroup(group.Id) is not null || !await store.AddTenantGroupAsync(actor.TenantId, group, cancellationToken))
        {
            return new ServiceResult<LocalGroup>.Conflict(await FindGroupAsync(actor.TenantId, group.Id, cancellationToken), RecordsText.GroupExists.With(local.Name));
        }

        LogRegistryChange(logger, "add-group", group.Id, actor.AadObjectId);
        return new ServiceResult<LocalGroup>.Success(local);
    }

    public async Task<string?> GetChairIdAsync(string tenantId, string groupId, CancellationToken cancellationToken)
    {
        var members = await store.GetMembersAsync(tenantId, groupId, cancellationToken);
        return members.FirstOrDefault(m => m.Role == GroupRole.Chair)?.Person.AadObjectId;
    }

    public async Task<IReadOnlyList<string>> GetCoordinatorIdsAsync(string tenantId, string areaId, CancellationToken cancellationToken)
    {
        var coordinators = await store.GetCoordinatorsAsync(tenantId, areaId, cancellationToken);
        return [.. coordinators.Select(c => c.Person.AadObjectId)];
    }

    private async Task<ServiceResult<GroupMember>> SetMemberAsync(Actor actor, string groupId, PersonForm form, bool makeChair, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await FindGroupAsync(actor.TenantId, groupId, cancellationToken) is not { } group)
        {
            return new ServiceResult<GroupMember>.NotFound(RecordsText.GroupNotFound.With(groupId));
        }

        var roles = await GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        if (makeChair ? !RecordsAuthorization.CanAssignChair(roles) : !RecordsAuthorization.CanManageMembers(roles, group))
        {
            return new ServiceResult<GroupMember>.Forbidden(makeChair ? RecordsText.OnlyAdmins : RecordsText.OnlyChairOrAdminManagesMembers.With(group.Name));
        }

        var person = validator.Validate(form, requireFunctionAndOrganisation: true);
        if (!person.IsValid)
        {
            return new ServiceResult<GroupMember>.ValidationFailed(person.Errors);
        }

        var result = await store.SetMemberAsync(actor.TenantId, group.Id, person.Value!, makeChair, StampFor(actor), cancellationToken);
        if (result.Outcome != RegistryWriteOutcome.Done)
        {
            return new ServiceResult<GroupMember>.Conflict(null, RecordsText.RegistryConflict);
        }

        LogRegistryChange(logger, makeChair ? "assign-chair" : "set-member", group.Id, actor.AadObjectId);
        return new ServiceResult<GroupMember>.Success(result.Value!);
    }

    private async Task<bool> IsAdminAsync(Actor actor, CancellationToken cancellationToken) =>
        (await GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken)).IsAdmin;

    private Stamp StampFor(Actor actor) => new(actor.AadObjectId, actor.Name, clock.Now);

    private LocalGroup? ToLocalGroup(TenantGroup g) =>
        catalog.FindMunicipality(g.MunicipalityId) is { } m ? new LocalGroup(g.Id, m.Id, m.Name, m.AreaId, g.District, Seeded: false) : null;

    /// <summary>"Västra Hisingen" → "vastra-hisingen": key-safe ASCII for the group id.</summary>
    internal static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-');
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registry change {Change} on {Target} by {ActorId}")]
    private static partial void LogRegistryChange(ILogger logger, string change, string target, string actorId);
}
