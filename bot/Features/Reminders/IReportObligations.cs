namespace VastbusBot.Features.Reminders;

/// <summary>Who answers for a deadline.</summary>
public enum ObligationRole
{
    /// <summary>The chair of a local Västbus group (the local annual report).</summary>
    LocalChair,

    /// <summary>A delregional coordinator (the delregional summary and the chairs' gathering).</summary>
    DelregionalCoordinator,
}

/// <summary>
/// One person who must act before a deadline, for one unit (a local group, or a delregional area).
/// </summary>
/// <param name="RecipientAadObjectId">The Entra object id of the person to remind.</param>
/// <param name="UnitId">The local group's id (annual report) or the delregional area's id (summary, gathering).</param>
/// <param name="UnitName">The group's or area's display name, shown on the card.</param>
/// <param name="Role">Why this person is responsible.</param>
/// <param name="Submitted">True once the report is submitted (or the gathering held): no more reminders.</param>
public sealed record ReportObligation(string RecipientAadObjectId, string UnitId, string UnitName, ObligationRole Role, bool Submitted);

/// <summary>
/// The organisation registry's answer to "who must report, and have they?". Implemented by the integrator on the
/// registry (issue 4): local annual report → each local group's chair; delregional summary and chairs' gathering →
/// each area's coordinators. <see cref="ReportObligation.Submitted"/> comes from the submitted reports for
/// <see cref="DeadlineOccurrence.ReportYear"/> (for the gathering: the gathering of that year is held or booked).
/// </summary>
public interface IReportObligations
{
    /// <summary>Every obligation of <paramref name="tenantId"/> for <paramref name="occurrence"/>, submitted or not.</summary>
    Task<IReadOnlyList<ReportObligation>> GetObligationsAsync(string tenantId, DeadlineOccurrence occurrence, CancellationToken cancellationToken);
}

/// <summary>The tenants the scheduler serves.</summary>
public interface IReminderTenantSource
{
    Task<IReadOnlyList<string>> GetTenantIdsAsync(CancellationToken cancellationToken);
}
