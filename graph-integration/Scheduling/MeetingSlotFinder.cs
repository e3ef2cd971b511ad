using Microsoft.Extensions.Options;
using VastbusBot.GraphIntegration.Calendar;

namespace VastbusBot.GraphIntegration.Scheduling;

/// <summary>What to find times for.</summary>
/// <param name="Organizer">The mailbox the getSchedule call runs as (user id or UPN), normally the coordinator's.</param>
/// <param name="Required">SMTP addresses that must be free in every option (the coordinator).</param>
/// <param name="Attendees">The other SMTP addresses (local chairs, the delregional group).</param>
/// <param name="From">First date to consider (local date in the scheduling time zone).</param>
/// <param name="To">Last date to consider, inclusive.</param>
/// <param name="Duration">Length of the gathering.</param>
public sealed record SlotSearch(
    string Organizer,
    IReadOnlyList<string> Required,
    IReadOnlyList<string> Attendees,
    DateOnly From,
    DateOnly To,
    TimeSpan Duration);

/// <summary>The options to offer, best first, with everyone's availability for each.</summary>
/// <param name="Options">0–5 options; fewer than 3 only when no more free times exist in the range.</param>
/// <param name="Unreadable">Attendees whose calendar Graph could not read (shown as "unknown" on the card).</param>
public sealed record SlotProposals(IReadOnlyList<SlotProposal> Options, IReadOnlyList<string> Unreadable);

/// <summary>Finds the best times for the chairs' gathering: Graph getSchedule, then <see cref="SlotRanker"/>.</summary>
public interface IMeetingSlotFinder
{
    Task<GraphResult<SlotProposals>> FindAsync(SlotSearch search, CancellationToken cancellationToken = default);
}

/// <inheritdoc />
internal sealed class MeetingSlotFinder(ICalendarService calendar, IOptions<SchedulingOptions> options, TimeProvider time) : IMeetingSlotFinder
{
    public async Task<GraphResult<SlotProposals>> FindAsync(SlotSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var settings = options.Value;
        if (search.To < search.From || search.To.DayNumber - search.From.DayNumber + 1 > settings.MaxRangeDays)
        {
            return GraphResult<SlotProposals>.Fail(GraphOutcome.Invalid, $"The date range must be 1–{settings.MaxRangeDays} days.");
        }

        if (search.Duration <= TimeSpan.Zero || search.Required.Count == 0)
        {
            return GraphResult<SlotProposals>.Fail(GraphOutcome.Invalid, "A positive duration and at least one required attendee are needed.");
        }

        var hours = settings.ToWorkingHours();
        var candidates = SlotCandidates.Generate(
            search.From, search.To, search.Duration, hours, TimeSpan.FromMinutes(settings.SlotStepMinutes), notBefore: time.GetUtcNow());
        if (candidates.Count == 0)
        {
            return GraphResult<SlotProposals>.Ok(new SlotProposals([], []));
        }

        var everyone = search.Required.Concat(search.Attendees).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var window = new TimeWindow(candidates.Min(c => c.Start), candidates.Max(c => c.End));
        var schedule = await calendar.GetScheduleAsync(search.Organizer, everyone, window, cancellationToken);
        if (!schedule.IsSuccess)
        {
            return schedule.As<SlotProposals>();
        }

        var ranked = SlotRanker.Rank(candidates, schedule.Value, search.Required, settings.MaxOptions);
        var unreadable = schedule.Value.Where(a => !a.IsKnown).Select(a => a.Address).ToList();
        return GraphResult<SlotProposals>.Ok(new SlotProposals(ranked, unreadable));
    }
}
