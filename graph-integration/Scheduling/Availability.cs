namespace VastbusBot.GraphIntegration.Scheduling;

/// <summary>Free/busy status of a calendar item, as Graph's getSchedule reports it.</summary>
public enum AvailabilityStatus
{
    Unknown,
    Free,
    Tentative,
    Busy,
    OutOfOffice,
    WorkingElsewhere,
}

/// <summary>A period in someone's calendar, with its free/busy status.</summary>
public readonly record struct BusyPeriod(DateTimeOffset Start, DateTimeOffset End, AvailabilityStatus Status)
{
    /// <summary>
    /// True when this period keeps its owner from another meeting: busy, out of office, or tentative (an
    /// unanswered invitation often turns into a yes, so it is not counted as free).
    /// </summary>
    public bool Blocks => Status is AvailabilityStatus.Busy or AvailabilityStatus.OutOfOffice or AvailabilityStatus.Tentative;
}

/// <summary>
/// One attendee's calendar over the searched window. <see cref="IsKnown"/> is false when Graph could not read it
/// (an address outside the tenant, a mailbox without calendar access, ...); such an attendee is neither free nor busy.
/// </summary>
public sealed record AttendeeAvailability(string Address, IReadOnlyList<BusyPeriod> Periods, bool IsKnown = true, string? Error = null)
{
    public static AttendeeAvailability Unreadable(string address, string? error) => new(address, [], IsKnown: false, Error: error);

    /// <summary>True when a blocking period overlaps <paramref name="slot"/>.</summary>
    public bool IsBusyDuring(TimeSlot slot) => Periods.Any(p => p.Blocks && slot.Overlaps(p.Start, p.End));
}
