using VastbusBot.Features.Organisation;
using VastbusBot.Features.Reminders;

namespace VastbusBot.Features.Reports.Integration;

/// <summary>
/// Who must report, from the organisation registry: the local annual report → each local group's chair; the
/// delregional summary and the chairs' gathering → each area's coordinators. <c>Submitted</c> comes from
/// <see cref="ISubmittedReportStore"/> for the occurrence's report year. Groups without a chair and areas without
/// coordinators have nobody to remind. A system read: no actor, no authorization.
/// </summary>
public sealed class RegistryReportObligations(IOrganisationRegistry registry, ISubmittedReportStore store) : IReportObligations
{
    public async Task<IReadOnlyList<ReportObligation>> GetObligationsAsync(string tenantId, DeadlineOccurrence occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var year = occurrence.ReportYear;
        var result = new List<ReportObligation>();
        if (occurrence.Kind == DeadlineKind.LocalAnnualReport)
        {
            foreach (var group in await registry.GetGroupsAsync(tenantId, cancellationToken))
            {
                if (await registry.GetChairIdAsync(tenantId, group.Id, cancellationToken) is not { } chair)
                {
                    continue;
                }

                var submitted = await store.GetAnnualReportAsync(tenantId, group.AreaId, group.Id, year, cancellationToken) is not null;
                result.Add(new ReportObligation(chair, group.Id, group.Name.Sv, ObligationRole.LocalChair, submitted));
            }

            return result;
        }

        foreach (var area in registry.Catalog.Areas)
        {
            var coordinators = await registry.GetCoordinatorIdsAsync(tenantId, area.Id, cancellationToken);
            if (coordinators.Count == 0)
            {
                continue;
            }

            var done = occurrence.Kind == DeadlineKind.DelregionalSummary
                ? await store.GetSummaryAsync(tenantId, area.Id, year, cancellationToken)
                : await store.GetGatheringAsync(tenantId, area.Id, year, cancellationToken);
            result.AddRange(coordinators.Select(c => new ReportObligation(c, area.Id, area.Name.Sv, ObligationRole.DelregionalCoordinator, done is not null)));
        }

        return result;
    }
}
