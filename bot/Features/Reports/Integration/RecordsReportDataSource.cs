using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Deviations;

namespace VastbusBot.Features.Reports.Integration;

/// <summary>
/// The reports' view of the registry and the logged records. Reads the stores directly: these are system reads for
/// the compiler; the report commands check that the user is the group's chair, the area's coordinator or an admin.
/// </summary>
public sealed class RecordsReportDataSource(
    IOrganisationRegistry registry,
    IRegistryStore registryStore,
    IMeetingStore meetings,
    IDeviationStore deviations,
    ISubmittedReportStore submitted) : IReportDataSource
{
    public async Task<ReportGroup?> GetGroupAsync(string tenantId, string groupId, CancellationToken cancellationToken) =>
        await registry.FindGroupAsync(tenantId, groupId, cancellationToken) is { } group
            ? await ToReportGroupAsync(tenantId, group, cancellationToken)
            : null;

    public async Task<IReadOnlyList<ReportGroup>> GetAreaGroupsAsync(string tenantId, string areaId, CancellationToken cancellationToken)
    {
        var groups = await registry.GetGroupsAsync(tenantId, cancellationToken);
        var result = new List<ReportGroup>();
        foreach (var g in groups.Where(g => g.AreaId == areaId))
        {
            result.Add(await ToReportGroupAsync(tenantId, g, cancellationToken));
        }

        return result;
    }

    public async Task<IReadOnlyList<LoggedMeeting>> GetMeetingsAsync(string tenantId, string groupId, int year, CancellationToken cancellationToken)
    {
        var list = await meetings.ListAsync(tenantId, groupId, year, cancellationToken);
        return [.. list.Select(m => new LoggedMeeting(m.Id, m.Content.Date, m.Content.Trainings))];
    }

    public async Task<IReadOnlyList<LoggedDeviation>> GetDeviationsAsync(string tenantId, string groupId, int year, CancellationToken cancellationToken)
    {
        var list = await deviations.ListAsync(tenantId, groupId, new DeviationFilter(year), cancellationToken);
        return [.. list.Select(d => new LoggedDeviation(d.Id, d.Content.Date, DeviationCategories.Label(d.Content.Category).Sv, DeviationStatuses.Code(d.Status), d.Analysis))];
    }

    public async Task<IReadOnlyList<LocalAnnualReport>> GetSubmittedReportsAsync(string tenantId, string areaId, int year, CancellationToken cancellationToken)
    {
        var list = await submitted.ListAnnualReportsAsync(tenantId, areaId, year, cancellationToken);
        return [.. list.Select(s => s.Report)];
    }

    private async Task<ReportGroup> ToReportGroupAsync(string tenantId, LocalGroup group, CancellationToken cancellationToken)
    {
        var members = await registryStore.GetMembersAsync(tenantId, group.Id, cancellationToken);
        var areaName = registry.Catalog.FindArea(group.AreaId)?.Name.Sv ?? group.AreaId;
        return new ReportGroup(
            group.Id,
            group.Name.Sv,
            group.MunicipalityName,
            group.AreaId,
            areaName,
            [.. members.OrderByDescending(m => m.Role == GroupRole.Chair).Select(m => new ReportMember(m.Person.Name, m.Person.Function, m.Person.Organisation))]);
    }
}
