namespace VastbusBot.GraphIntegration.Scheduling;

/// <summary>Ranks candidate slots by how many attendees can come. Pure: no clock, no I/O.</summary>
public static class SlotRanker
{
    /// <summary>The fewest options a proposal card should offer when that many exist.</summary>
    public const int MinOptions = 3;

    /// <summary>The most options a proposal card offers.</summary>
    public const int MaxOptions = 5;

    /// <summary>
    /// The best <paramref name="maxOptions"/> slots (3–5), best first: a slot where any <paramref name="required"/>
    /// attendee (the coordinator) is busy or unreadable is never proposed; the rest are ordered by the number of
    /// attendees free (most first), then by the number busy (fewest first), then by preferring a day not yet
    /// offered, then by time. Chosen options never overlap. Fewer are returned only when no more exist.
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

        var remaining = candidates
            .Distinct()
            .Select(slot => Score(slot, byAddress.Values))
            .Where(p => !requiredSet.Any(r => p.Busy.Contains(r, StringComparer.OrdinalIgnoreCase) || p.Unknown.Contains(r, StringComparer.OrdinalIgnoreCase)))
            .ToList();

        // Greedy: the best remaining slot that overlaps no chosen one. Attendance decides; among equally good slots
        // one on a day not yet offered wins, so the card does not offer five neighbouring hours; then the earliest.
        var chosen = new List<SlotProposal>(maxOptions);
        while (chosen.Count < maxOptions)
        {
            SlotProposal? best = null;
            foreach (var candidate in remaining)
            {
                if (!chosen.Any(c => c.Slot.Overlaps(candidate.Start, candidate.End)) && (best is null || IsBetter(candidate, best, chosen)))
                {
                    best = candidate;
                }
            }

            if (best is null)
            {
                break;
            }

            chosen.Add(best);
            remaining.Remove(best);
        }

        return chosen;
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

    private static bool IsBetter(SlotProposal candidate, SlotProposal best, List<SlotProposal> chosen)
    {
        if (candidate.Free.Count != best.Free.Count)
        {
            return candidate.Free.Count > best.Free.Count;
        }

        if (candidate.Busy.Count != best.Busy.Count)
        {
            return candidate.Busy.Count < best.Busy.Count;
        }

        var candidateNewDay = !chosen.Any(c => c.Start.Date == candidate.Start.Date);
        var bestNewDay = !chosen.Any(c => c.Start.Date == best.Start.Date);
        if (candidateNewDay != bestNewDay)
        {
            return candidateNewDay;
        }

        return candidate.Start < best.Start;
    }
}
