namespace VastbusBot.Features.Reminders;

/// <summary>Wall-clock times in a time zone as instants, across daylight saving changes.</summary>
public static class ReminderTimes
{
    /// <summary>
    /// The instant <paramref name="date"/> at <paramref name="time"/> in <paramref name="zone"/>. A time that does not
    /// exist (the spring-forward gap) moves forward past the gap; a time that occurs twice (autumn) is the first one.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        for (var i = 0; i < 16 && zone.IsInvalidTime(local); i++)
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The local calendar date of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>A deadline "by 1 March" ends when 2 March begins in the deadline's time zone.</summary>
    public static DateTimeOffset DeadlineEnd(DeadlineOccurrence occurrence, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return At(occurrence.Date.AddDays(1), TimeOnly.MinValue, zone);
    }

    /// <summary>When the reminder <paramref name="offsetDays"/> before the deadline is due, in the recipient's zone.</summary>
    public static DateTimeOffset SendAt(DeadlineOccurrence occurrence, int offsetDays, TimeOnly sendTime, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return At(occurrence.Date.AddDays(-offsetDays), sendTime, zone);
    }

    public static TimeZoneInfo? TryFindZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
