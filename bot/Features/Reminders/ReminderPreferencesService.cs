using System.Globalization;
using Microsoft.Extensions.Options;
using VastbusBot.Features.Reminders.Storage;

namespace VastbusBot.Features.Reminders;

/// <summary>One deadline a user answers for, with the dates they will be reminded.</summary>
public sealed record ReminderOverviewItem(DeadlineOccurrence Occurrence, ReportObligation Obligation, IReadOnlyList<DateOnly> ReminderDates);

/// <summary>What the <c>reminders</c> card shows.</summary>
public sealed record ReminderOverview(
    bool Paused,
    IReadOnlyList<int> OffsetsDays,
    bool OwnOffsets,
    IReadOnlyList<int> DefaultOffsetsDays,
    int MaxOffsetDays,
    IReadOnlyList<ReminderOverviewItem> Items);

/// <summary>
/// The <c>påminnelser</c> / <c>reminders</c> command's service: a user's upcoming reminders, pause and resume, and
/// their own offsets. Preferences are per tenant and user; the scheduler reads them on every run.
/// </summary>
public sealed class ReminderPreferencesService(
    IReminderPreferenceStore store,
    IReportObligations obligations,
    IOptionsMonitor<ReminderOptions> options,
    TimeProvider time)
{
    public const int MaxOffsetsPerUser = 5;

    public async Task<ReminderOverview> GetOverviewAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var schedule = ReminderSchedule.Resolve(options.CurrentValue, tenantId);
        var preference = await store.GetAsync(tenantId, aadObjectId, cancellationToken) ?? ReminderPreference.Default;
        var settings = ToSettings(preference);
        var now = time.GetUtcNow();
        var zone = settings.Zone ?? schedule.Zone;

        var items = new List<ReminderOverviewItem>();
        foreach (var occurrence in ReminderPlanner.NextOccurrences(schedule, now))
        {
            var list = await obligations.GetObligationsAsync(tenantId, occurrence, cancellationToken);
            var mine = list.Where(o => o.RecipientAadObjectId == aadObjectId).DistinctBy(o => o.UnitId).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            var upcoming = ReminderPlanner.Upcoming(schedule, [new OccurrenceObligations(occurrence, mine)], aadObjectId, settings, now);
            foreach (var obligation in mine)
            {
                var dates = upcoming
                    .Where(u => u.Obligation.UnitId == obligation.UnitId)
                    .Select(u => ReminderTimes.LocalDate(u.SendAt, zone))
                    .ToList();
                items.Add(new ReminderOverviewItem(occurrence, obligation, dates));
            }
        }

        return new ReminderOverview(
            preference.Paused,
            ReminderPlanner.OffsetsFor(schedule, settings),
            preference.OffsetsDays is { Count: > 0 },
            schedule.OffsetsDays,
            schedule.MaxOffsetDays,
            items);
    }

    public Task<ReminderOverview> PauseAsync(string tenantId, string aadObjectId, string? timeZone, CancellationToken cancellationToken) =>
        UpdateAsync(tenantId, aadObjectId, timeZone, p => p with { Paused = true }, cancellationToken);

    public Task<ReminderOverview> ResumeAsync(string tenantId, string aadObjectId, string? timeZone, CancellationToken cancellationToken) =>
        UpdateAsync(tenantId, aadObjectId, timeZone, p => p with { Paused = false }, cancellationToken);

    /// <summary>Sets the user's own offsets (already validated with <see cref="TryParseOffsets"/>).</summary>
    public Task<ReminderOverview> SetOffsetsAsync(string tenantId, string aadObjectId, IReadOnlyList<int> offsetsDays, string? timeZone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offsetsDays);
        var max = options.CurrentValue.MaxOffsetDays;
        if (offsetsDays.Count is 0 or > MaxOffsetsPerUser || offsetsDays.Any(o => o < 0 || o > max))
        {
            throw new ArgumentOutOfRangeException(nameof(offsetsDays), "Offsets must be 1 to 5 values from 0 to the maximum.");
        }

        return UpdateAsync(tenantId, aadObjectId, timeZone, p => p with { OffsetsDays = ReminderSchedule.NormalizeOffsets(offsetsDays) }, cancellationToken);
    }

    public Task<ReminderOverview> ResetOffsetsAsync(string tenantId, string aadObjectId, string? timeZone, CancellationToken cancellationToken) =>
        UpdateAsync(tenantId, aadObjectId, timeZone, p => p with { OffsetsDays = null }, cancellationToken);

    /// <summary>Reads "30, 14, 3" (commas, spaces or semicolons; 1 to 5 whole numbers from 0 to <paramref name="maxOffsetDays"/>).</summary>
    public static bool TryParseOffsets(string? text, int maxOffsetDays, out IReadOnlyList<int> offsets)
    {
        offsets = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > maxOffsetDays)
            {
                return false;
            }

            values.Add(value);
        }

        var normalized = ReminderSchedule.NormalizeOffsets(values);
        if (normalized.Count is 0 or > MaxOffsetsPerUser)
        {
            return false;
        }

        offsets = normalized;
        return true;
    }

    internal static RecipientSettings ToSettings(ReminderPreference preference) =>
        new(preference.Paused, preference.OffsetsDays, ReminderTimes.TryFindZone(preference.TimeZone));

    private async Task<ReminderOverview> UpdateAsync(
        string tenantId,
        string aadObjectId,
        string? timeZone,
        Func<ReminderPreference, ReminderPreference> change,
        CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(tenantId, aadObjectId, cancellationToken) ?? ReminderPreference.Default;
        var updated = change(current);
        if (ReminderTimes.TryFindZone(timeZone) is not null)
        {
            updated = updated with { TimeZone = timeZone };
        }

        await store.SaveAsync(tenantId, aadObjectId, updated, cancellationToken);
        return await GetOverviewAsync(tenantId, aadObjectId, cancellationToken);
    }
}
