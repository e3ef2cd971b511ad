using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Records.Deviations;

/// <summary>Where a deviation is in the local group's handling (facts 10.2–10.3).</summary>
public enum DeviationStatus
{
    /// <summary>Reported; the chair has not started on it.</summary>
    Received,

    /// <summary>The chair (or the group) is analysing it.</summary>
    UnderAnalysis,

    /// <summary>Handled locally.</summary>
    Resolved,

    /// <summary>Could not be solved locally; lifted to the delregional group (a possible systemic failure).</summary>
    Escalated,
}

/// <summary>Codes, labels and the allowed changes of <see cref="DeviationStatus"/>.</summary>
public static class DeviationStatuses
{
    public static readonly IReadOnlyList<ChoiceOption<DeviationStatus>> All =
    [
        new(DeviationStatus.Received, "received", new LocalizedText("Mottagen", "Received")),
        new(DeviationStatus.UnderAnalysis, "under-analysis", new LocalizedText("Under analys", "Under analysis")),
        new(DeviationStatus.Resolved, "resolved", new LocalizedText("Löst", "Resolved")),
        new(DeviationStatus.Escalated, "escalated", new LocalizedText("Lyft till delregional nivå", "Escalated to the delregional group")),
    ];

    // A resolved deviation can be reopened; an escalated one comes back for analysis or is resolved.
    private static readonly Dictionary<DeviationStatus, DeviationStatus[]> Next = new()
    {
        [DeviationStatus.Received] = [DeviationStatus.UnderAnalysis, DeviationStatus.Resolved, DeviationStatus.Escalated],
        [DeviationStatus.UnderAnalysis] = [DeviationStatus.Resolved, DeviationStatus.Escalated],
        [DeviationStatus.Escalated] = [DeviationStatus.UnderAnalysis, DeviationStatus.Resolved],
        [DeviationStatus.Resolved] = [DeviationStatus.UnderAnalysis],
    };

    public static DeviationStatus? Parse(string? code) =>
        All.FirstOrDefault(o => string.Equals(o.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))?.Value;

    public static string Code(DeviationStatus status) => Option(status).Code;

    public static LocalizedText Label(DeviationStatus status) => Option(status).Label;

    /// <summary>The statuses a deviation in <paramref name="from"/> may move to (staying put is always allowed).</summary>
    public static IReadOnlyList<DeviationStatus> AllowedFrom(DeviationStatus from) => Next[from];

    public static bool CanChange(DeviationStatus from, DeviationStatus to) => from == to || Next[from].Contains(to);

    /// <summary>Resolving or escalating needs the chair's analysis written down.</summary>
    public static bool RequiresAnalysis(DeviationStatus status) => status is DeviationStatus.Resolved or DeviationStatus.Escalated;

    private static ChoiceOption<DeviationStatus> Option(DeviationStatus status) =>
        All.FirstOrDefault(o => o.Value == status) ?? throw new ArgumentOutOfRangeException(nameof(status), status, null);
}
