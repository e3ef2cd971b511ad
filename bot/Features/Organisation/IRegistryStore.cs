using VastbusBot.Features.Records;

namespace VastbusBot.Features.Organisation;

/// <summary>Outcome of a registry write.</summary>
public enum RegistryWriteOutcome
{
    Done,
    NotFound,
    Conflict,
}

public sealed record RegistryWrite<T>(RegistryWriteOutcome Outcome, T? Value);

/// <summary>Everything stored about one user in one tenant's registry.</summary>
public sealed record UserRegistryEntries(IReadOnlyList<GroupMembership> Groups, IReadOnlyList<string> CoordinatorOfAreas, bool IsStoredAdmin);

/// <summary>A district group an admin added in one tenant (the seed has one group per municipality).</summary>
public sealed record TenantGroup(string Id, string MunicipalityId, string District, Stamp Added);

/// <summary>
/// Per-tenant registry storage: members and chairs of groups, coordinators of areas, admins and district groups.
/// No authorization here; <see cref="IOrganisationRegistry"/> decides who may call what.
/// </summary>
public interface IRegistryStore
{
    Task<UserRegistryEntries> GetUserEntriesAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    Task<IReadOnlyList<GroupMember>> GetMembersAsync(string tenantId, string groupId, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the person to the group or updates their details. With <paramref name="makeChair"/> they become the chair
    /// and the previous chair stays on as a member; otherwise a chair keeps being chair.
    /// </summary>
    Task<RegistryWrite<GroupMember>> SetMemberAsync(string tenantId, string groupId, Person person, bool makeChair, Stamp stamp, CancellationToken cancellationToken);

    /// <summary>Removes the person from the group (a removed chair leaves the group without a chair).</summary>
    Task<RegistryWrite<GroupMember>> RemoveMemberAsync(string tenantId, string groupId, string aadObjectId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Coordinator>> GetCoordinatorsAsync(string tenantId, string areaId, CancellationToken cancellationToken);

    Task<Coordinator> SetCoordinatorAsync(string tenantId, string areaId, Person person, Stamp stamp, CancellationToken cancellationToken);

    Task<Coordinator?> RemoveCoordinatorAsync(string tenantId, string areaId, string aadObjectId, CancellationToken cancellationToken);

    Task<IReadOnlyList<AdminEntry>> GetAdminsAsync(string tenantId, CancellationToken cancellationToken);

    Task<AdminEntry> SetAdminAsync(string tenantId, Person person, Stamp stamp, CancellationToken cancellationToken);

    Task<AdminEntry?> RemoveAdminAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    Task<IReadOnlyList<TenantGroup>> GetTenantGroupsAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Adds a district group; false when the id is taken.</summary>
    Task<bool> AddTenantGroupAsync(string tenantId, TenantGroup group, CancellationToken cancellationToken);
}
