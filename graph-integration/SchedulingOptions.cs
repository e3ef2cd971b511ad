using VastbusBot.GraphIntegration.Scheduling;

namespace VastbusBot.GraphIntegration;

/// <summary>Where and when the chairs' gathering may be booked (section <c>Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>IANA (or Windows) id of the time zone for working hours and for the events; default Europe/Stockholm.</summary>
    public string TimeZone { get; set; } = "Europe/Stockholm";

    public TimeOnly WorkdayStart { get; set; } = new(9, 0);

    public TimeOnly WorkdayEnd { get; set; } = new(16, 0);

    /// <summary>Working days; Monday–Friday when not set (null rather than a filled list, because configuration binding appends to lists).</summary>
    public List<DayOfWeek>? WorkDays { get; set; }

    /// <summary>Distance between candidate start times, in minutes (default 30).</summary>
    public int SlotStepMinutes { get; set; } = 30;

    /// <summary>How many options a proposal offers (3–5, default 5).</summary>
    public int MaxOptions { get; set; } = SlotRanker.MaxOptions;

    /// <summary>The longest date range one search may cover (Graph's getSchedule accepts at most 62 days).</summary>
    public int MaxRangeDays { get; set; } = 62;

    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public WorkingHours ToWorkingHours() =>
        new(WorkdayStart, WorkdayEnd, WorkDays is null or { Count: 0 } ? WorkingHours.Weekdays : WorkDays.Distinct().ToList(), ResolveTimeZone());
}
