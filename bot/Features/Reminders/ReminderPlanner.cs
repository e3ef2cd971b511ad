namespace VastbusBot.Features.Reminders;

/// <summary>What the planner needs to know about one recipient.</summary>
/// <param name="Paused">The user paused reminders: nothing is due for them.</param>
/// <param name="OffsetsDays">The user's own offsets, or null for the tenant's.</param>
/// <param name="Zone">The user's time zone for the send time, or null for the tenant's.</param>
public sealed record RecipientSettings(bool Paused, IReadOnlyList<int>? OffsetsDays, TimeZoneInfo? Zone)
{
    public static RecipientSettings Default { get; } = new(false, null, null);
}

/// <summary>One deadline occurrence and who answers for it.</summary>
public sealed record OccurrenceObligations(DeadlineOccurrence Occurrence, IReadOnlyList<ReportObligation> Obligations);

/// <summary>The identity of one reminder: sent at most once.</summary>
public sealed record ReminderKey(string TenantId, string RecipientAadObjectId, string UnitId, DeadlineOccurrence Occurrence, int OffsetDays);

/// <summary>A reminder the scheduler should send now.</summary>
/// <param name="IsLate">True when an earlier run saw it due but did not send it, or it is sent well after its time (downtime).</param>
public sealed record DueReminder(
    string TenantId,
    DeadlineOccurrence Occurrence,
    ReportObligation Obligation,
    int OffsetDays,
    DateTimeOffset ScheduledAt,
    DateTimeOffset DeadlineEnd,
    bool IsLate)
{
    public ReminderKey Key => new(TenantId, Obligation.RecipientAadObjectId, Obligation.UnitId, Occurrence, OffsetDays);
}

/// <summary>A reminder still to come, for the <c>reminders</c> command.</summary>
public sealed record UpcomingReminder(DeadlineOccurrence Occurrence, ReportObligation Obligation, int OffsetDays, DateTimeOffset SendAt);

/// <summary>
/// Decides which reminders are due, as a pure function of the schedule, the obligations, each recipient's settings,
/// the last run and now. Per recipient, unit and deadline at most one reminder is due at a time: the one with the
/// most recent send time that has passed. After downtime that is the latest missed offset only, never a burst of older
/// ones; whether it was already sent is for the claim store to say (see docs/reminders.md).
/// </summary>
public static class ReminderPlanner
{
    /// <summary>A reminder sent more than this after its time counts as late (downtime), for logs.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// Deadline occurrences whose reminder window is open at <paramref name="now"/>: not yet ended, and within the
    /// largest offset anyone may choose (plus a day of slack for time zones east of the tenant's).
    /// </summary>
    public static IReadOnlyList<DeadlineOccurrence> OpenOccurrences(ReminderSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var year = ReminderTimes.LocalDate(now, schedule.Zone).Year;
        var horizon = Math.Max(schedule.MaxOffsetDays, schedule.OffsetsDays.DefaultIfEmpty(0).Max()) + 1;
        var result = new List<DeadlineOccurrence>();
        foreach (var rule in schedule.Deadlines)
        {
            for (var y = year - 1; y <= year + 1 + (horizon / 365); y++)
            {
                var occurrence = rule.In(y);
                var end = ReminderTimes.DeadlineEnd(occurrence, schedule.Zone);
                var opens = ReminderTimes.At(occurrence.Date.AddDays(-horizon), TimeOnly.MinValue, schedule.Zone);
                if (now < end && now >= opens)
                {
                    result.Add(occurrence);
                }
            }
        }

        return result;
    }

    /// <summary>The reminders due at <paramref name="now"/>.</summary>
    public static IReadOnlyList<DueReminder> Plan(
        ReminderSchedule schedule,
        IEnumerable<OccurrenceObligations> obligations,
        Func<string, RecipientSettings> settingsOf,
        DateTimeOffset? lastRun,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(obligations);
        ArgumentNullException.ThrowIfNull(settingsOf);
        var due = new List<DueReminder>();
        if (!schedule.Enabled)
        {
            return due;
        }

        foreach (var (occurrence, list) in obligations)
        {
            var end = ReminderTimes.DeadlineEnd(occurrence, schedule.Zone);
            if (now >= end)
            {
                continue; // The deadline has passed: a reminder now would only nag.
            }

            foreach (var obligation in Distinct(list))
            {
                if (obligation.Submitted)
                {
                    continue;
                }

                var settings = settingsOf(obligation.RecipientAadObjectId);
                if (settings.Paused)
                {
                    continue;
                }

                var latest = LatestPassed(schedule, occurrence, settings, now);
                if (latest is { } l)
                {
                    // Late: an earlier run already saw it due (and did not send it), or nobody ran for a while.
                    var isLate = (lastRun is { } last && l.SendAt <= last) || now - l.SendAt > LateAfter;
                    due.Add(new DueReminder(schedule.TenantId, occurrence, obligation, l.Offset, l.SendAt, end, isLate));
                }
            }
        }

        return due;
    }

    /// <summary>The reminders still to come for one user (paused or not; the card says which), soonest first.</summary>
    public static IReadOnlyList<UpcomingReminder> Upcoming(
        ReminderSchedule schedule,
        IEnumerable<OccurrenceObligations> obligations,
        string recipientAadObjectId,
        RecipientSettings settings,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(obligations);
        ArgumentNullException.ThrowIfNull(settings);
        var result = new List<UpcomingReminder>();
        foreach (var (occurrence, list) in obligations)
        {
            if (now >= ReminderTimes.DeadlineEnd(occurrence, schedule.Zone))
            {
                continue;
            }

            foreach (var obligation in Distinct(list).Where(o => !o.Submitted && o.RecipientAadObjectId == recipientAadObjectId))
            {
                foreach (var offset in OffsetsFor(schedule, settings))
                {
                    var sendAt = ReminderTimes.SendAt(occurrence, offset, schedule.SendTime, settings.Zone ?? schedule.Zone);
                    if (sendAt > now)
                    {
                        result.Add(new UpcomingReminder(occurrence, obligation, offset, sendAt));
                    }
                }
            }
        }

        return [.. result.OrderBy(r => r.SendAt)];
    }

    /// <summary>The deadline occurrences of the coming year (the next one of each kind), soonest first.</summary>
    public static IReadOnlyList<DeadlineOccurrence> NextOccurrences(ReminderSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var year = ReminderTimes.LocalDate(now, schedule.Zone).Year;
        var result = new List<DeadlineOccurrence>();
        foreach (var rule in schedule.Deadlines)
        {
            var occurrence = rule.In(year);
            if (now >= ReminderTimes.DeadlineEnd(occurrence, schedule.Zone))
            {
                occurrence = rule.In(year + 1);
            }

            result.Add(occurrence);
        }

        return [.. result.OrderBy(o => o.Date)];
    }

    public static IReadOnlyList<int> OffsetsFor(ReminderSchedule schedule, RecipientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(settings);
        return settings.OffsetsDays is { Count: > 0 } own ? ReminderSchedule.NormalizeOffsets(own) : schedule.OffsetsDays;
    }

    private static (int Offset, DateTimeOffset SendAt)? LatestPassed(ReminderSchedule schedule, DeadlineOccurrence occurrence, RecipientSettings settings, DateTimeOffset now)
    {
        (int, DateTimeOffset)? latest = null;
        foreach (var offset in OffsetsFor(schedule, settings))
        {
            var sendAt = ReminderTimes.SendAt(occurrence, offset, schedule.SendTime, settings.Zone ?? schedule.Zone);
            if (sendAt <= now && (latest is null || sendAt > latest.Value.Item2))
            {
                latest = (offset, sendAt);
            }
        }

        return latest;
    }

    // The registry may list a person twice for one unit (e.g. chair and member); one reminder is enough.
    private static IEnumerable<ReportObligation> Distinct(IEnumerable<ReportObligation> obligations) =>
        obligations.DistinctBy(o => (o.RecipientAadObjectId, o.UnitId));
}
