using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.GraphIntegration.Calendar;
using VastbusBot.GraphIntegration.Users;

namespace VastbusBot.Features.Booking;

/// <summary>Who is invited to an area's gathering, with their addresses.</summary>
/// <param name="Attendees">The booker first, then the area's other coordinators, then the chairs (by group name).</param>
/// <param name="GroupsWithoutChair">The area's groups with no chair in the registry.</param>
public sealed record ResolvedAttendees(IReadOnlyList<GatheringAttendee> Attendees, IReadOnlyList<string> GroupsWithoutChair)
{
    public GatheringAttendee Booker => Attendees.First(a => a.Role == AttendeeRole.Booker);

    public bool HasChairs => Attendees.Any(a => a.Role == AttendeeRole.Chair);
}

/// <summary>
/// Builds the guest list of an area's gathering from the registry — the chair of every local group in the area
/// and the area's coordinators (the delregional group as the registry knows it) — plus the booker, and looks their
/// addresses up in the directory by Entra object id (the registry keeps no e-mail addresses).
/// </summary>
public sealed class AttendeeResolver(IOrganisationRegistry registry, IUserDirectory directory)
{
    public async Task<GraphResult<ResolvedAttendees>> ResolveAsync(Actor actor, Area area, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(area);
        var people = new List<(Person Person, AttendeeRole Role, LocalGroup? Group)>
        {
            (new Person(actor.AadObjectId, actor.Name ?? string.Empty, null, null), AttendeeRole.Booker, null),
        };

        if (await registry.GetCoordinatorsAsync(actor, area.Id, cancellationToken) is ServiceResult<IReadOnlyList<Coordinator>>.Success coordinators)
        {
            people.AddRange(coordinators.Value.Select(c => (c.Person, AttendeeRole.Coordinator, (LocalGroup?)null)));
        }

        var groups = (await registry.GetGroupsAsync(actor.TenantId, cancellationToken)).Where(g => g.AreaId == area.Id).ToList();
        var details = await Task.WhenAll(groups.Select(g => registry.GetGroupAsync(actor, g.Id, cancellationToken)));
        var withoutChair = new List<string>();
        foreach (var (group, result) in groups.Zip(details))
        {
            if (result is ServiceResult<GroupDetails>.Success { Value.Chair: { } chair })
            {
                people.Add((chair.Person, AttendeeRole.Chair, group));
            }
            else
            {
                withoutChair.Add(GroupLabel(group));
            }
        }

        // One entry per person; the strongest role wins (a coordinator who also chairs a group is invited once).
        var distinct = people
            .GroupBy(p => p.Person.AadObjectId, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(p => p.Role).First())
            .ToList();
        var lookup = await directory.GetUsersAsync([.. distinct.Select(p => p.Person.AadObjectId)], cancellationToken);
        if (!lookup.IsSuccess)
        {
            return lookup.As<ResolvedAttendees>();
        }

        var sv = System.Globalization.CultureInfo.GetCultureInfo("sv-SE").CompareInfo;
        var attendees = distinct
            .Select(p =>
            {
                var user = lookup.Value.GetValueOrDefault(p.Person.AadObjectId);
                var name = string.IsNullOrWhiteSpace(p.Person.Name) ? user?.DisplayName ?? p.Person.AadObjectId : p.Person.Name;
                return new GatheringAttendee(p.Person.AadObjectId, name, p.Role, p.Group?.Id, p.Group?.MunicipalityName is null ? null : GroupLabel(p.Group), user?.Address);
            })
            .OrderBy(a => a.Role)
            .ThenBy(a => a.GroupName ?? a.Name, Comparer<string>.Create((x, y) => sv.Compare(x, y, System.Globalization.CompareOptions.IgnoreCase)))
            .ToList();
        withoutChair.Sort((x, y) => sv.Compare(x, y, System.Globalization.CompareOptions.IgnoreCase));
        return GraphResult<ResolvedAttendees>.Ok(new ResolvedAttendees(attendees, withoutChair));
    }

    /// <summary>"Göteborg", or "Västra Hisingen (Göteborg)" for a district group.</summary>
    private static string GroupLabel(LocalGroup group) =>
        group.District is null ? group.MunicipalityName : $"{group.District} ({group.MunicipalityName})";
}
