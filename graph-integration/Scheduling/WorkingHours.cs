namespace VastbusBot.GraphIntegration.Scheduling;

/// <summary>When a meeting may take place: local wall-clock hours on the given weekdays, in a time zone.</summary>
public sealed record WorkingHours
{
    public WorkingHours(TimeOnly start, TimeOnly end, IReadOnlyCollection<DayOfWeek> days, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(timeZone);
        if (end <= start)
        {
            throw new ArgumentException($"The working day must end after it starts ({start:HH\\:mm}–{end:HH\\:mm}).", nameof(end));
        }

        if (days.Count == 0)
        {
            throw new ArgumentException("At least one working day is needed.", nameof(days));
        }

        Start = start;
        End = end;
        Days = new HashSet<DayOfWeek>(days);
        TimeZone = timeZone;
    }

    /// <summary>Local time the working day starts (inclusive).</summary>
    public TimeOnly Start { get; }

    /// <summary>Local time the working day ends; a meeting must be over by then.</summary>
    public TimeOnly End { get; }

    public IReadOnlySet<DayOfWeek> Days { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>The Monday–Friday working days.</summary>
    public static IReadOnlyCollection<DayOfWeek> Weekdays { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>09:00–16:00 on weekdays in <paramref name="timeZone"/> (the project's default).</summary>
    public static WorkingHours Default(TimeZoneInfo timeZone) => new(new TimeOnly(9, 0), new TimeOnly(16, 0), Weekdays, timeZone);
}
