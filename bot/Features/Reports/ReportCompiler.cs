using System.Globalization;

namespace VastbusBot.Features.Reports;

/// <summary>Compiles the reports from the registry and the logged records. The counting is pure and tested.</summary>
public static class ReportCompiler
{
    private static readonly StringComparer SwedishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    public static async Task<LocalAnnualReport?> CompileAnnualReportAsync(IReportDataSource source, string tenantId, string groupId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var group = await source.GetGroupAsync(tenantId, groupId, cancellationToken);
        if (group is null)
        {
            return null;
        }

        var meetings = await source.GetMeetingsAsync(tenantId, groupId, year, cancellationToken);
        var deviations = await source.GetDeviationsAsync(tenantId, groupId, year, cancellationToken);
        return AnnualReport(tenantId, group, year, meetings, deviations);
    }

    /// <summary>
    /// The annual report of <paramref name="group"/> for <paramref name="year"/>: records outside the year are left
    /// out, a record delivered twice (same id) counts once, trainings are listed once each in the order first held.
    /// </summary>
    public static LocalAnnualReport AnnualReport(string tenantId, ReportGroup group, int year, IEnumerable<LoggedMeeting> meetings, IEnumerable<LoggedDeviation> deviations)
    {
        ArgumentNullException.ThrowIfNull(group);
        var yearMeetings = meetings.Where(m => m.Date.Year == year).DistinctBy(m => m.Id).OrderBy(m => m.Date).ToList();
        var yearDeviations = deviations.Where(d => d.Date.Year == year).DistinctBy(d => d.Id).OrderBy(d => d.Date).ToList();

        var trainings = yearMeetings
            .SelectMany(m => m.Trainings)
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        var byCategory = yearDeviations
            .GroupBy(d => string.IsNullOrWhiteSpace(d.Category) ? "-" : d.Category.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new CategoryCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Category, SwedishOrder)
            .ToList();

        var analysis = string.Join(
            "\n",
            yearDeviations
                .Where(d => !string.IsNullOrWhiteSpace(d.Analysis))
                .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Date:yyyy-MM-dd}{(string.IsNullOrWhiteSpace(d.Category) ? string.Empty : " (" + d.Category.Trim() + ")")}: {d.Analysis!.Trim()}")));

        return new LocalAnnualReport(
            tenantId,
            group.GroupId,
            group.Name,
            group.Municipality,
            group.AreaName,
            year,
            group.Members,
            yearMeetings.Count,
            trainings,
            yearDeviations.Count,
            byCategory,
            analysis);
    }

    public static async Task<DelregionalSummary> CompileSummaryAsync(IReportDataSource source, string tenantId, string areaId, string areaName, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var groups = await source.GetAreaGroupsAsync(tenantId, areaId, cancellationToken);
        var reports = await source.GetSubmittedReportsAsync(tenantId, areaId, year, cancellationToken);
        return Summary(areaId, areaName, year, groups, reports);
    }

    /// <summary>
    /// The delregional summary: every group of the area with whether it reported, and per municipality the sums of the
    /// submitted reports (a municipality may have several local groups, e.g. city districts).
    /// </summary>
    public static DelregionalSummary Summary(string areaId, string areaName, int year, IEnumerable<ReportGroup> groups, IEnumerable<LocalAnnualReport> submitted)
    {
        var groupList = groups.DistinctBy(g => g.GroupId).ToList();
        var reports = submitted.Where(r => r.Year == year).GroupBy(r => r.GroupId).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

        var statuses = groupList
            .Select(g => new GroupReportStatus(g.GroupId, g.Name, g.Municipality, reports.ContainsKey(g.GroupId)))
            .OrderBy(s => s.Municipality, SwedishOrder)
            .ThenBy(s => s.GroupName, SwedishOrder)
            .ToList();

        var municipalities = groupList
            .GroupBy(g => g.Municipality, StringComparer.OrdinalIgnoreCase)
            .Select(m =>
            {
                var ofMunicipality = m.Select(g => reports.GetValueOrDefault(g.GroupId)).OfType<LocalAnnualReport>().ToList();
                return new MunicipalityFigures(
                    m.First().Municipality,
                    m.Count(),
                    ofMunicipality.Count,
                    ofMunicipality.Sum(r => r.MeetingCount),
                    ofMunicipality.Sum(r => r.Trainings.Count),
                    ofMunicipality.Sum(r => r.DeviationCount));
            })
            .OrderBy(m => m.Municipality, SwedishOrder)
            .ToList();

        return new DelregionalSummary(areaId, areaName, year, statuses, municipalities);
    }
}
