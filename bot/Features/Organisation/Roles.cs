using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Records;

namespace VastbusBot.Features.Organisation;

/// <summary>A person's role in a local group. The chair is a member too.</summary>
public enum GroupRole
{
    Member,
    Chair,
}

/// <summary>Labels of <see cref="GroupRole"/>.</summary>
public static class GroupRoles
{
    public static LocalizedText Label(GroupRole role) => role == GroupRole.Chair
        ? new LocalizedText("Ordförande", "Chair")
        : new LocalizedText("Medlem", "Member");
}

/// <summary>A professional in the registry: Teams user, name, function (e.g. "enhetschef") and organisation.</summary>
public sealed record Person(string AadObjectId, string Name, string? Function, string? Organisation);

/// <summary>A registry form as typed (adding a member, a chair, a coordinator or an admin).</summary>
public sealed record PersonForm(string? AadObjectId, string? Name, string? Function = null, string? Organisation = null);

/// <summary>A member (or the chair) of a local group; the annual report lists each one's name, function and organisation.</summary>
public sealed record GroupMember(string GroupId, Person Person, GroupRole Role, Stamp Added);

/// <summary>A delregional coordinator of an area: sees and handles the deviations of every group in it.</summary>
public sealed record Coordinator(string AreaId, Person Person, Stamp Added);

/// <summary>An administrator of a tenant's registry.</summary>
/// <param name="FromConfiguration">True for the bootstrap admins in configuration, who cannot be removed through the bot.</param>
public sealed record AdminEntry(string AadObjectId, string? Name, bool FromConfiguration, Stamp? Added);

/// <summary>A user's membership of a group.</summary>
public sealed record GroupMembership(string GroupId, GroupRole Role);

/// <summary>A group the user belongs to, with the user's role in it.</summary>
public sealed record UserGroup(LocalGroup Group, GroupRole Role);

/// <summary>A group with its area and members.</summary>
public sealed record GroupDetails(LocalGroup Group, Area Area, IReadOnlyList<GroupMember> Members)
{
    public GroupMember? Chair => Members.FirstOrDefault(m => m.Role == GroupRole.Chair);
}

/// <summary>Everything a user may do in one tenant, resolved from the registry and the configured admins.</summary>
public sealed record UserRoles(
    string TenantId,
    string AadObjectId,
    IReadOnlyList<GroupMembership> Groups,
    IReadOnlyList<string> CoordinatorOfAreas,
    bool IsAdmin)
{
    public GroupRole? RoleIn(string groupId) => Groups.FirstOrDefault(g => g.GroupId == groupId)?.Role;

    /// <summary>Member or chair of <paramref name="groupId"/>.</summary>
    public bool IsMemberOf(string groupId) => RoleIn(groupId) is not null;

    public bool IsChairOf(string groupId) => RoleIn(groupId) == GroupRole.Chair;

    public bool IsCoordinatorOf(string areaId) => CoordinatorOfAreas.Contains(areaId, StringComparer.Ordinal);
}
