using System.Text.Json.Serialization;
using VastbusBot.Features.Records;

namespace VastbusBot.Features.Booking;

/// <summary>Where a chairs' gathering is in its life.</summary>
public enum GatheringStatus
{
    /// <summary>Times proposed, nothing booked yet.</summary>
    Draft,

    /// <summary>The event is in the organizer's calendar and the invitations are sent.</summary>
    Booked,

    /// <summary>The event was cancelled (through the bot, or it disappeared from the calendar).</summary>
    Cancelled,
}

/// <summary>Why someone is invited.</summary>
public enum AttendeeRole
{
    /// <summary>The coordinator (or admin) who books; must be free in every option.</summary>
    Booker,

    /// <summary>Another coordinator of the area: the delregional group as the registry knows it.</summary>
    Coordinator,

    /// <summary>The chair of one of the area's local groups.</summary>
    Chair,
}

/// <summary>What the booker asked for, validated.</summary>
/// <param name="AreaId">The collaboration area.</param>
/// <param name="From">First day to search (Europe/Stockholm).</param>
/// <param name="To">Last day to search, inclusive.</param>
/// <param name="DurationMinutes">Length of the gathering.</param>
/// <param name="Online">True for a Teams meeting, false for an in-person meeting at <paramref name="Location"/>.</param>
/// <param name="Location">The place (required in person; optional online).</param>
/// <param name="Agenda">Plain text, line breaks kept.</param>
public sealed record GatheringRequest(string AreaId, DateOnly From, DateOnly To, int DurationMinutes, bool Online, string? Location, string? Agenda)
{
    [JsonIgnore]
    public TimeSpan Duration => TimeSpan.FromMinutes(DurationMinutes);
}

/// <summary>Someone invited: from the registry, with the address the directory gave (null: not found, not invited).</summary>
public sealed record GatheringAttendee(string AadObjectId, string Name, AttendeeRole Role, string? GroupId, string? GroupName, string? Address);

/// <summary>A proposed time and who cannot come (addresses), as shown on the card.</summary>
public sealed record GatheringOption(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> Busy, IReadOnlyList<string> Unknown);

/// <summary>The event in the organizer's calendar.</summary>
public sealed record GatheringEvent(string EventId, DateTimeOffset Start, DateTimeOffset End, string? JoinUrl, string? WebLink, string TransactionId);

/// <summary>
/// One booking of the yearly gathering of an area's local chairs: created as a draft when times are proposed,
/// booked when the coordinator picks one, and then moved or cancelled. Stored per tenant and area, with its year.
/// </summary>
/// <param name="Id">The booking id: a new GUID per booking form, carried on every button of its cards.</param>
/// <param name="Year">The year of the gathering: of the event once booked, else of the searched period.</param>
/// <param name="Organizer">The mailbox that owns the event (the booker's object id, or the configured organizer mailbox).</param>
/// <param name="BookerAddress">The booker's address; the booker must be free in every option.</param>
/// <param name="Options">The times last proposed (for booking, or for moving when <paramref name="OptionsForMove"/>).</param>
/// <param name="GroupsWithoutChair">Names of the area's groups that have no chair in the registry (shown, not invited).</param>
/// <param name="ETag">The stored row's ETag, for optimistic concurrency; null before the first save.</param>
public sealed record Gathering(
    string Id,
    string TenantId,
    string AreaId,
    int Year,
    GatheringStatus Status,
    GatheringRequest Request,
    string Organizer,
    string BookerAddress,
    IReadOnlyList<GatheringAttendee> Attendees,
    IReadOnlyList<GatheringOption> Options,
    bool OptionsForMove,
    IReadOnlyList<string> GroupsWithoutChair,
    GatheringEvent? Event,
    Stamp Created,
    Stamp? Updated,
    string? ETag = null)
{
    /// <summary>Everyone with an address, the booker included.</summary>
    public IEnumerable<GatheringAttendee> Reachable => Attendees.Where(a => a.Address is not null);

    /// <summary>The name for an address (the registry's name), or the address itself.</summary>
    public string NameOf(string address) =>
        Attendees.FirstOrDefault(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase))?.Name ?? address;

    public GatheringAttendee? Booker => Attendees.FirstOrDefault(a => a.Role == AttendeeRole.Booker);
}
