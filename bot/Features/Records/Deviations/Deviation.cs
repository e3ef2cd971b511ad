namespace VastbusBot.Features.Records.Deviations;

/// <summary>What a deviation form sends, as typed.</summary>
/// <param name="Date">When it happened, as an Input.Date sends it: <c>yyyy-MM-dd</c>.</param>
/// <param name="PartiesConcerned">The organisations concerned, one per row; blank rows are ignored.</param>
/// <param name="Category">A code from <see cref="DeviationCategories.All"/>.</param>
/// <param name="Description">What happened, without anything that identifies the child (facts 10.1: what, not who).</param>
public sealed record DeviationForm(
    string? Date,
    string? ReportingOrganisation,
    IReadOnlyList<string?>? PartiesConcerned,
    string? Category,
    string? Description,
    string? ProposedAction);

/// <summary>The validated content of a deviation report.</summary>
public sealed record DeviationContent(
    DateOnly Date,
    string ReportingOrganisation,
    IReadOnlyList<string> PartiesConcerned,
    DeviationCategory Category,
    string Description,
    string? ProposedAction);

/// <summary>The chair's handling form, as typed: a status code from <see cref="DeviationStatuses.All"/> and the analysis.</summary>
public sealed record DeviationHandlingForm(string? Status, string? Analysis);

/// <summary>The validated handling.</summary>
public sealed record DeviationHandling(DeviationStatus Status, string? Analysis);

/// <summary>One entry of a deviation's history; the first has <see cref="From"/> null (the report itself).</summary>
public sealed record StatusChange(DeviationStatus? From, DeviationStatus To, Stamp By);

/// <summary>A stored deviation report.</summary>
/// <param name="Analysis">The chair's analysis; null in what the reporter sees (<see cref="IsReporterView"/>).</param>
/// <param name="Reported">The reporter (Entra object id) and when.</param>
/// <param name="Version">The storage ETag; pass it back when handling the deviation (optimistic concurrency).</param>
/// <param name="IsReporterView">True when this copy was trimmed for the reporter (the analysis is internal to the group).</param>
public sealed record Deviation(
    string Id,
    string TenantId,
    string GroupId,
    string SubmissionId,
    DeviationContent Content,
    DeviationStatus Status,
    string? Analysis,
    Stamp Reported,
    Stamp? Updated,
    IReadOnlyList<StatusChange> History,
    string Version,
    bool IsReporterView = false);

/// <summary>Which deviations of a group to list: one year, optionally one status and one category.</summary>
public sealed record DeviationFilter(int Year, DeviationStatus? Status = null, DeviationCategory? Category = null);

/// <summary>How many deviations a group received in a year, in total and per current status.</summary>
public sealed record DeviationYearCounts(string GroupId, int Year, int Total, IReadOnlyDictionary<DeviationStatus, int> ByStatus);
