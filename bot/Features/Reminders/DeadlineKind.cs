using System.Globalization;

namespace VastbusBot.Features.Reminders;

/// <summary>The yearly deadlines of the Västbus organisation (facts file, section 11).</summary>
public enum DeadlineKind
{
    /// <summary>The local group's annual report to the delregional group, by 1 March; the chair answers for it.</summary>
    LocalAnnualReport,

    /// <summary>The delregional group's summary to the regional steering group, by 1 June; the coordinator answers for it.</summary>
    DelregionalSummary,

    /// <summary>The delregional group's yearly gathering of the local chairs; the coordinator holds it.</summary>
    ChairsGathering,
}

/// <summary>Stable ids of the deadline kinds, used in configuration, card data and storage keys.</summary>
public static class DeadlineKinds
{
    public const string LocalAnnualReportId = "local-annual-report";
    public const string DelregionalSummaryId = "delregional-summary";
    public const string ChairsGatheringId = "chairs-gathering";

    public static IReadOnlyList<DeadlineKind> All { get; } = [DeadlineKind.LocalAnnualReport, DeadlineKind.DelregionalSummary, DeadlineKind.ChairsGathering];

    public static string Id(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.LocalAnnualReport => LocalAnnualReportId,
        DeadlineKind.DelregionalSummary => DelregionalSummaryId,
        DeadlineKind.ChairsGathering => ChairsGatheringId,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static DeadlineKind? Parse(string? id) => id switch
    {
        LocalAnnualReportId => DeadlineKind.LocalAnnualReport,
        DelregionalSummaryId => DeadlineKind.DelregionalSummary,
        ChairsGatheringId => DeadlineKind.ChairsGathering,
        _ => null,
    };

    /// <summary>
    /// The year a deadline's report is about: the reports due in spring cover the previous calendar year; the
    /// gathering is about the year it is held in.
    /// </summary>
    public static int ReportYear(this DeadlineKind kind, int deadlineYear) =>
        kind == DeadlineKind.ChairsGathering ? deadlineYear : deadlineYear - 1;
}

/// <summary>One deadline in one year, e.g. the local annual report due 1 March 2027 (about 2026).</summary>
public sealed record DeadlineOccurrence(DeadlineKind Kind, DateOnly Date)
{
    public int ReportYear => Kind.ReportYear(Date.Year);

    /// <summary>A key-safe id such as <c>local-annual-report@2027-03-01</c>.</summary>
    public string Id => Kind.Id() + "@" + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => Id;
}
