namespace VastbusBot.Features.Reports;

/// <summary>
/// The card verb that opens a report, and its data keys. Reminder cards carry it; the annual report and summary
/// cards handle it (wired by the integrator).
/// </summary>
public static class ReportActions
{
    /// <summary>Opens a report: data <c>kind</c> (a deadline kind id), <c>year</c> (the report year), <c>unitId</c>, <c>deadline</c>.</summary>
    public const string OpenVerb = "report.open";

    public const string KindKey = "kind";
    public const string YearKey = "year";
    public const string UnitKey = "unitId";
    public const string DeadlineKey = "deadline";
}
