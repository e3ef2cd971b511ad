using System.Globalization;

namespace VastbusBot.Features.Reminders;

/// <summary>A yearly deadline on a fixed day of the year.</summary>
public sealed record DeadlineRule(DeadlineKind Kind, int Month, int Day)
{
    public DeadlineOccurrence In(int year) => new(Kind, new DateOnly(year, Month, Day));
}

/// <summary>One tenant's resolved reminder settings: its deadlines, default offsets, time zone and send time.</summary>
public sealed record ReminderSchedule(
    string TenantId,
    bool Enabled,
    TimeZoneInfo Zone,
    TimeOnly SendTime,
    IReadOnlyList<int> OffsetsDays,
    IReadOnlyList<DeadlineRule> Deadlines,
    int MaxOffsetDays)
{
    public DeadlineRule? RuleFor(DeadlineKind kind) => Deadlines.FirstOrDefault(d => d.Kind == kind);

    /// <summary>Resolves <paramref name="tenantId"/>'s schedule: tenant overrides, then the global settings, then the defaults.</summary>
    public static ReminderSchedule Resolve(ReminderOptions options, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Tenants.TryGetValue(tenantId, out var tenant);

        var zoneId = tenant?.TimeZone ?? options.TimeZone;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var sendTimeText = tenant?.SendTime ?? options.SendTime;
        if (!TryParseSendTime(sendTimeText, out var sendTime))
        {
            throw new FormatException($"Reminders send time '{sendTimeText}' is not HH:mm.");
        }

        IReadOnlyList<int> offsets = tenant is { OffsetsDays.Count: > 0 } ? [.. tenant.OffsetsDays]
            : options.OffsetsDays.Count > 0 ? [.. options.OffsetsDays]
            : ReminderOptions.DefaultOffsetsDays;

        var rules = new List<DeadlineRule>();
        foreach (var kind in DeadlineKinds.All)
        {
            var text = Lookup(tenant?.Deadlines, kind) ?? Lookup(options.Deadlines, kind) ?? ReminderOptions.DefaultDeadlines[kind];
            if (!TryParseDeadlineDate(text, out var date))
            {
                throw new FormatException($"Reminders deadline '{text}' for {kind.Id()} is not MM-dd or 'off'.");
            }

            if (date is { } d)
            {
                rules.Add(new DeadlineRule(kind, d.Month, d.Day));
            }
        }

        return new ReminderSchedule(
            tenantId,
            tenant?.Enabled ?? true,
            zone,
            sendTime,
            NormalizeOffsets(offsets),
            rules,
            options.MaxOffsetDays);
    }

    /// <summary>Distinct, largest first (30, 14, 3).</summary>
    public static IReadOnlyList<int> NormalizeOffsets(IEnumerable<int> offsets) => [.. offsets.Distinct().OrderDescending()];

    public static bool TryParseSendTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>Parses <c>MM-dd</c> (a month and day valid in every year) or <c>off</c> (null).</summary>
    public static bool TryParseDeadlineDate(string? text, out (int Month, int Day)? date)
    {
        date = null;
        if (string.Equals(text?.Trim(), "off", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // 2023 is not a leap year, so 02-29 fails: a deadline must exist every year.
        if (DateOnly.TryParseExact("2023-" + text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = (parsed.Month, parsed.Day);
            return true;
        }

        return false;
    }

    private static string? Lookup(IDictionary<string, string>? deadlines, DeadlineKind kind) =>
        deadlines is not null && deadlines.TryGetValue(kind.Id(), out var value) ? value : null;
}
