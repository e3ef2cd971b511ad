using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records.Deviations;

namespace VastbusBot.Features.Records;

/// <summary>
/// Who may do what with a group's records. Roles are always those of one tenant (<see cref="UserRoles.TenantId"/>),
/// so nothing here can reach across tenants.
/// </summary>
public static class RecordsAuthorization
{
    /// <summary>Members and the chair log and edit the group's meetings.</summary>
    public static bool CanLogMeetings(UserRoles roles, LocalGroup group) => Check(roles, group).IsMemberOf(group.Id);

    /// <summary>Members, the chair, the area's coordinators and admins read the group's meetings.</summary>
    public static bool CanViewMeetings(UserRoles roles, LocalGroup group) =>
        Check(roles, group).IsMemberOf(group.Id) || roles.IsCoordinatorOf(group.AreaId) || roles.IsAdmin;

    /// <summary>The same people see who is in the group.</summary>
    public static bool CanViewGroup(UserRoles roles, LocalGroup group) => CanViewMeetings(roles, group);

    /// <summary>The chair, the area's coordinators and admins see and handle the group's deviations.</summary>
    public static bool CanHandleDeviations(UserRoles roles, LocalGroup group) =>
        Check(roles, group).IsChairOf(group.Id) || roles.IsCoordinatorOf(group.AreaId) || roles.IsAdmin;

    /// <summary>The area's coordinators and admins see the deviations of every group in the area.</summary>
    public static bool CanHandleAreaDeviations(UserRoles roles, string areaId)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.IsCoordinatorOf(areaId) || roles.IsAdmin;
    }

    /// <summary>Whoever reported a deviation follows its status (without the chair's analysis).</summary>
    public static bool IsReporter(UserRoles roles, Deviation deviation)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(deviation);
        return deviation.TenantId == roles.TenantId && deviation.Reported.AadObjectId == roles.AadObjectId;
    }

    /// <summary>
    /// Anyone signed in to the tenant may report a deviation to any of its groups: reporters are usually staff of the
    /// collaborating services, not members of the local group.
    /// </summary>
    public static bool CanReportDeviation(UserRoles roles, LocalGroup group) => Check(roles, group).AadObjectId.Length > 0;

    /// <summary>The chair and admins add and remove members.</summary>
    public static bool CanManageMembers(UserRoles roles, LocalGroup group) => Check(roles, group).IsChairOf(group.Id) || roles.IsAdmin;

    /// <summary>Admins assign chairs, coordinators and other admins.</summary>
    public static bool CanAssignChair(UserRoles roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.IsAdmin;
    }

    private static UserRoles Check(UserRoles roles, LocalGroup group)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(group);
        return roles;
    }
}
