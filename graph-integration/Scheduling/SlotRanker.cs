namespace VastbusBot.GraphIntegration.Scheduling;

/// <summary>Ranks candidate slots by how many attendees can come. Pure: no clock, no I/O.</summary>
public static class SlotRanker
{
    /// <summary>The fewest options a proposal card should offer when that many exist.</summary>
    public const int MinOptions = 3;

    /// <summary>The most options a proposal card offers.</summary>
    public const int MaxOptions = 5;

    /// <summary>
    /// The best <paramref name="maxOptions"/> slots (3–5): a slot where any <paramref name="required"/> attendee
    /// (the coordinator) is busy or unreadable is never proposed; the rest are ordered by the number of attendees
    /// free (most first), then by the number busy (fewest first), then by time. Options are spread over different
    /// days first, so the card does not offer five neighbouring half-hours; chosen options never overlap.
    /// </summary>
    /// <param name="candidates">Slots inside working hours (see <see cref="SlotCandidates.Generate"/>).</param>
    /// <param name="availability">Every attendee's calendar, required ones included.</param>
    /// <param name="required">Addresses that must be free (compared without case).</param>
    /// <param name="maxOptions">How many options to return at most, 3 to 5.</param>
    public static IReadOnlyList<SlotProposal> Rank(
        IEnumerable<TimeSlot> candidates,
        IReadOnlyCollection<AttendeeAvailability> availability,
        IEnumerable<string> required,
        int maxOptions = MaxOptions)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOptions, MinOptions);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxOptions, MaxOptions);

        var requiredSet = new HashSet<string>(required, StringComparer.OrdinalIgnoreCase);
        var byAddress = availability
            .GroupBy(a => a.Address, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        if (requiredSet.Any(r => !byAddress.ContainsKey(r)))
        {
            // A required attendee whose calendar was not even asked for can never be shown to be free.
            return [];
        }

        var scored = candidates
            .Distinct()
            .Select(slot => Score(slot, byAddress.Values))
            .Where(p => !requiredSet.Any(r => p.Busy.Contains(r, StringComparer.OrdinalIgnoreCase) || p.Unknown.Contains(r, StringComparer.OrdinalIgnoreCase)))
            .OrderByDescending(p => p.Free.Count)
            .ThenBy(p => p.Busy.Count)
            .ThenBy(p => p.Start)
            .ToList();

        var chosen = new List<SlotProposal>(maxOptions);
        // First pass: the best slot of each day; second pass: fill up with any slot that does not overlap a chosen one.
        foreach (var proposal in scored)
        {
            if (chosen.Count == maxOptions)
            {
                break;
            }

            if (!chosen.Any(c => SameLocalDay(c.Slot, proposal.Slot)))
            {
                chosen.Add(proposal);
            }
        }

        foreach (var proposal in scored)
        {
            if (chosen.Count == maxOptions)
            {
                break;
            }

            if (!chosen.Any(c => c.Slot.Overlaps(proposal.Start, proposal.End)))
            {
                chosen.Add(proposal);
            }
        }

        // Best first, as ranked (the passes above may have added a same-day option after a worse other-day one).
        return [.. chosen.OrderByDescending(p => p.Free.Count).ThenBy(p => p.Busy.Count).ThenBy(p => p.Start)];
    }

    /// <summary>Who is free, busy or unknown during <paramref name="slot"/>, attendees in their given order.</summary>
    public static SlotProposal Score(TimeSlot slot, IEnumerable<AttendeeAvailability> availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var free = new List<string>();
        var busy = new List<string>();
        var unknown = new List<string>();
        foreach (var attendee in availability)
        {
            var bucket = !attendee.IsKnown ? unknown : attendee.IsBusyDuring(slot) ? busy : free;
            bucket.Add(attendee.Address);
        }

        return new SlotProposal(slot, free, busy, unknown);
    }

    private static bool SameLocalDay(TimeSlot a, TimeSlot b) => a.Start.Date == b.Start.Date;
}
