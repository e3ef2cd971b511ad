namespace VastbusBot.GraphIntegration.Scheduling;

/// <summary>
/// A candidate meeting time. <see cref="Start"/> and <see cref="End"/> carry the local offset of the working-hours
/// time zone at that instant (+01:00 in winter, +02:00 in summer for Europe/Stockholm); compare them as instants.
/// </summary>
public readonly record struct TimeSlot(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration => End - Start;

    /// <summary>True when the slot and [<paramref name="start"/>, <paramref name="end"/>) share any instant.</summary>
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}
