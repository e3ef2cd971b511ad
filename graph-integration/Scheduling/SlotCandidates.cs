namespace VastbusBot.GraphIntegration.Scheduling;

/// <summary>Candidate meeting times inside working hours, holidays excluded. Pure: no clock, no I/O.</summary>
public static class SlotCandidates
{
    /// <summary>
    /// Every slot of <paramref name="duration"/> that starts on a <paramref name="step"/> boundary after the working
    /// day's start, lies wholly inside working hours on a working day between <paramref name="from"/> and
    /// <paramref name="to"/> (inclusive), is not a holiday and does not start before <paramref name="notBefore"/>.
    /// Local times are converted with the time zone's own rules, so the UTC instants shift by an hour across the
    /// daylight-saving changes while the local times stay put.
    /// </summary>
    /// <param name="isDayOff">Holiday rule; <see cref="SwedishHolidays.IsDayOff"/> when null.</param>
    public static IReadOnlyList<TimeSlot> Generate(
        DateOnly from,
        DateOnly to,
        TimeSpan duration,
        WorkingHours hours,
        TimeSpan step,
        DateTimeOffset? notBefore = null,
        Func<DateOnly, bool>? isDayOff = null)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        isDayOff ??= SwedishHolidays.IsDayOff;
        var slots = new List<TimeSlot>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (!hours.Days.Contains(date.DayOfWeek) || isDayOff(date))
            {
                continue;
            }

            var dayEnd = date.ToDateTime(hours.End);
            for (var local = date.ToDateTime(hours.Start); local + duration <= dayEnd; local += step)
            {
                if (ToInstant(local, hours.TimeZone) is not { } start)
                {
                    continue;
                }

                // The meeting lasts `duration` of real time; on a night with a clock change its local end differs
                // from start + duration, so check the end against the working day in local time once more.
                var end = TimeZoneInfo.ConvertTime(start + duration, hours.TimeZone);
                if (end.DateTime > dayEnd || (notBefore is { } earliest && start < earliest))
                {
                    continue;
                }

                slots.Add(new TimeSlot(start, end));
            }
        }

        return slots;
    }

    /// <summary>
    /// The instant a local wall-clock time denotes in <paramref name="zone"/>, with the zone's offset; null for a time
    /// skipped by a spring-forward change. An ambiguous autumn time is taken as the later (standard time) instant.
    /// </summary>
    public static DateTimeOffset? ToInstant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            return null;
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
