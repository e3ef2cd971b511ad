using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Meetings;

namespace VastbusBot.Features.Records;

/// <summary>Outcome of a record write.</summary>
public enum StoreOutcome
{
    Created,

    /// <summary>A record with the same submission id exists; <see cref="StoreWrite{T}.Value"/> is the stored one.</summary>
    AlreadyExisted,
    Updated,

    /// <summary>The record changed since the caller read it; <see cref="StoreWrite{T}.Value"/> is the current one.</summary>
    Conflict,
    NotFound,
}

public sealed record StoreWrite<T>(StoreOutcome Outcome, T? Value);

/// <summary>
/// Meeting storage, partitioned per tenant and group. No authorization here; <see cref="Meetings.IMeetingService"/>
/// decides who may call what. <c>Version</c> on the records is maintained by the store.
/// </summary>
public interface IMeetingStore
{
    /// <summary>Stores a new meeting once per id (the id derives from the submission id).</summary>
    Task<StoreWrite<Meeting>> CreateAsync(Meeting meeting, CancellationToken cancellationToken);

    Task<Meeting?> GetAsync(string tenantId, string groupId, string meetingId, CancellationToken cancellationToken);

    /// <summary>Replaces the meeting if it is still at <paramref name="expectedVersion"/>.</summary>
    Task<StoreWrite<Meeting>> UpdateAsync(Meeting meeting, string expectedVersion, CancellationToken cancellationToken);

    /// <summary>The group's meetings dated in <paramref name="year"/>, newest first.</summary>
    Task<IReadOnlyList<Meeting>> ListAsync(string tenantId, string groupId, int year, CancellationToken cancellationToken);
}

/// <summary>Deviation storage, partitioned per tenant and group, with a per-reporter index.</summary>
public interface IDeviationStore
{
    Task<StoreWrite<Deviation>> CreateAsync(Deviation deviation, CancellationToken cancellationToken);

    Task<Deviation?> GetAsync(string tenantId, string groupId, string deviationId, CancellationToken cancellationToken);

    /// <summary>Replaces the deviation (status, analysis, history) if it is still at <paramref name="expectedVersion"/>.</summary>
    Task<StoreWrite<Deviation>> UpdateAsync(Deviation deviation, string expectedVersion, CancellationToken cancellationToken);

    /// <summary>The group's deviations dated in the filter's year, newest first.</summary>
    Task<IReadOnlyList<Deviation>> ListAsync(string tenantId, string groupId, DeviationFilter filter, CancellationToken cancellationToken);

    Task<DeviationYearCounts> CountAsync(string tenantId, string groupId, int year, CancellationToken cancellationToken);

    /// <summary>The deviations <paramref name="reporterAadObjectId"/> reported in the tenant, most recently reported first.</summary>
    Task<IReadOnlyList<Deviation>> ListByReporterAsync(string tenantId, string reporterAadObjectId, int max, CancellationToken cancellationToken);
}
