namespace VastbusBot.Features.Reports;

/// <summary>A member of a local group as the annual report lists them.</summary>
public sealed record ReportMember(string Name, string? Function, string? Organisation);

/// <summary>A local group as the registry knows it.</summary>
public sealed record ReportGroup(string GroupId, string Name, string Municipality, string AreaId, string AreaName, IReadOnlyList<ReportMember> Members);

/// <summary>A logged meeting: its date and the trainings held at it.</summary>
public sealed record LoggedMeeting(string Id, DateOnly Date, IReadOnlyList<string> Trainings);

/// <summary>A logged deviation: its date, category, status and the chair's analysis.</summary>
public sealed record LoggedDeviation(string Id, DateOnly Date, string? Category, string? Status, string? Analysis);

/// <summary>How many deviations of one category.</summary>
public sealed record CategoryCount(string Category, int Count);

/// <summary>
/// The local group's annual report (facts file 11.2): composition (names, functions, organisations), number of
/// meetings, trainings held, number of deviations and their analysis. Compiled from what was logged; the chair may
/// correct it before submitting (<c>CompositionNotes</c>, the trainings and the analysis are the chair's to edit).
/// </summary>
public sealed record LocalAnnualReport(
    string TenantId,
    string GroupId,
    string GroupName,
    string Municipality,
    string AreaName,
    int Year,
    IReadOnlyList<ReportMember> Members,
    int MeetingCount,
    IReadOnlyList<string> Trainings,
    int DeviationCount,
    IReadOnlyList<CategoryCount> DeviationsByCategory,
    string DeviationAnalysis,
    string? CompositionNotes = null);

/// <summary>Whether one local group has submitted its annual report.</summary>
public sealed record GroupReportStatus(string GroupId, string GroupName, string Municipality, bool Reported);

/// <summary>One municipality's figures in the delregional summary (from the submitted annual reports).</summary>
public sealed record MunicipalityFigures(string Municipality, int Groups, int ReportedGroups, int Meetings, int Trainings, int Deviations);

/// <summary>
/// The delregional group's summary for the regional steering group (facts file 11.4): which local groups have
/// reported, and meetings, trainings and deviations per municipality.
/// </summary>
public sealed record DelregionalSummary(
    string AreaId,
    string AreaName,
    int Year,
    IReadOnlyList<GroupReportStatus> Groups,
    IReadOnlyList<MunicipalityFigures> Municipalities)
{
    public int ReportedCount => Groups.Count(g => g.Reported);
}

/// <summary>
/// The registry and the logged records, as the reports read them. Implemented by the integrator on the records of
/// issue 4; every call is scoped to one tenant.
/// </summary>
public interface IReportDataSource
{
    Task<ReportGroup?> GetGroupAsync(string tenantId, string groupId, CancellationToken cancellationToken);

    /// <summary>The local groups of a delregional area.</summary>
    Task<IReadOnlyList<ReportGroup>> GetAreaGroupsAsync(string tenantId, string areaId, CancellationToken cancellationToken);

    Task<IReadOnlyList<LoggedMeeting>> GetMeetingsAsync(string tenantId, string groupId, int year, CancellationToken cancellationToken);

    Task<IReadOnlyList<LoggedDeviation>> GetDeviationsAsync(string tenantId, string groupId, int year, CancellationToken cancellationToken);

    /// <summary>The submitted annual reports of an area's groups for <paramref name="year"/> (as corrected by the chairs).</summary>
    Task<IReadOnlyList<LocalAnnualReport>> GetSubmittedReportsAsync(string tenantId, string areaId, int year, CancellationToken cancellationToken);
}
