using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Deviations;

/// <summary>
/// Reporting and handling deviations. Anyone in the tenant reports to a group; the group's chair, the area's
/// coordinators and admins see and handle its deviations; a reporter follows the status of their own reports
/// (without the chair's analysis). Every call is scoped by the actor's tenant.
/// </summary>
public interface IDeviationService
{
    /// <summary>
    /// Validates and stores a new deviation with status Received, then notifies the chair (or the coordinators). The
    /// same <paramref name="submissionId"/> delivered again returns the stored deviation with <c>Replayed = true</c>.
    /// </summary>
    Task<ServiceResult<Deviation>> ReportAsync(Actor actor, string groupId, string submissionId, DeviationForm form, CancellationToken cancellationToken);

    /// <summary>A deviation: in full for those who handle it, trimmed (<see cref="Deviation.IsReporterView"/>) for its reporter.</summary>
    Task<ServiceResult<Deviation>> GetAsync(Actor actor, string groupId, string deviationId, CancellationToken cancellationToken);

    /// <summary>The group's deviations of a year, newest first, optionally one status and category.</summary>
    Task<ServiceResult<IReadOnlyList<Deviation>>> ListAsync(Actor actor, string groupId, DeviationFilter filter, CancellationToken cancellationToken);

    /// <summary>The deviations of every group in an area (coordinators and admins), newest first.</summary>
    Task<ServiceResult<IReadOnlyList<Deviation>>> ListForAreaAsync(Actor actor, string areaId, DeviationFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// Records the chair's analysis and new status if nobody changed the deviation since
    /// <paramref name="expectedVersion"/>; a status change is added to the history and the reporter is notified.
    /// </summary>
    Task<ServiceResult<Deviation>> HandleAsync(Actor actor, string groupId, string deviationId, string expectedVersion, DeviationHandlingForm form, CancellationToken cancellationToken);

    /// <summary>The deviations the actor reported, most recent first, as reporter views.</summary>
    Task<IReadOnlyList<Deviation>> ListMineAsync(Actor actor, int max, CancellationToken cancellationToken);

    /// <summary>How many deviations the group received in a year, per status (for the annual report).</summary>
    Task<ServiceResult<DeviationYearCounts>> CountAsync(Actor actor, string groupId, int year, CancellationToken cancellationToken);
}

/// <inheritdoc cref="IDeviationService"/>
public sealed partial class DeviationService(
    IOrganisationRegistry registry,
    IDeviationStore store,
    DeviationValidator validator,
    IDeviationNotifier notifier,
    RecordClock clock,
    ILogger<DeviationService> logger) : IDeviationService
{
    internal const string RecordKind = "deviation";

    /// <summary>The most "my deviations" returns.</summary>
    public const int MaxMine = 50;

    public async Task<ServiceResult<Deviation>> ReportAsync(Actor actor, string groupId, string submissionId, DeviationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var group = await registry.FindGroupAsync(actor.TenantId, groupId ?? string.Empty, cancellationToken);
        if (group is null)
        {
            return new ServiceResult<Deviation>.NotFound(RecordsText.GroupNotFound.With(groupId));
        }

        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        if (!RecordsAuthorization.CanReportDeviation(roles, group))
        {
            return new ServiceResult<Deviation>.Forbidden(RecordsText.NoIdentity);
        }

        if (!SubmissionIds.IsValid(submissionId))
        {
            return new ServiceResult<Deviation>.ValidationFailed([new FieldError(RecordFields.SubmissionId, ErrorCodes.InvalidId, RecordsText.InvalidSubmission)]);
        }

        var content = validator.Validate(form, clock.Today);
        if (!content.IsValid)
        {
            LogRefused(logger, group.Id, content.Errors.Count, string.Join(',', content.RefusedIdentifiers));
            return new ServiceResult<Deviation>.ValidationFailed(content.Errors);
        }

        var reported = new Stamp(actor.AadObjectId, actor.Name, clock.Now);
        var deviation = new Deviation(
            SubmissionIds.RecordId(RecordKind, actor.TenantId, group.Id, submissionId),
            actor.TenantId,
            group.Id,
            submissionId,
            content.Value!,
            DeviationStatus.Received,
            Analysis: null,
            reported,
            Updated: null,
            [new StatusChange(null, DeviationStatus.Received, reported)],
            Version: string.Empty);
        var write = await store.CreateAsync(deviation, cancellationToken);
        var stored = write.Value!;
        var replayed = write.Outcome == StoreOutcome.AlreadyExisted;
        LogStored(logger, group.Id, stored.Id, replayed);

        // A replay has been announced already (notices are at most once; see docs/records.md).
        if (!replayed)
        {
            var handlers = await registry.GetChairIdAsync(actor.TenantId, group.Id, cancellationToken) is { } chair
                ? [chair]
                : await registry.GetCoordinatorIdsAsync(actor.TenantId, group.AreaId, cancellationToken);
            if (handlers.Count == 0)
            {
                LogNobodyToNotify(logger, group.Id, stored.Id);
            }

            await NotifyAsync(new DeviationNotice(DeviationNoticeKind.Reported, stored, Except(handlers, actor), null), cancellationToken);
        }

        return new ServiceResult<Deviation>.Success(RecordsAuthorization.CanHandleDeviations(roles, group) ? stored : ForReporter(stored), replayed);
    }

    public async Task<ServiceResult<Deviation>> GetAsync(Actor actor, string groupId, string deviationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var group = await registry.FindGroupAsync(actor.TenantId, groupId ?? string.Empty, cancellationToken);
        if (group is null)
        {
            return new ServiceResult<Deviation>.NotFound(RecordsText.GroupNotFound.With(groupId));
        }

        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        var deviation = await store.GetAsync(actor.TenantId, group.Id, deviationId ?? string.Empty, cancellationToken);
        if (RecordsAuthorization.CanHandleDeviations(roles, group))
        {
            return deviation is null
                ? new ServiceResult<Deviation>.NotFound(RecordsText.DeviationNotFound)
                : new ServiceResult<Deviation>.Success(deviation);
        }

        if (deviation is not null && RecordsAuthorization.IsReporter(roles, deviation))
        {
            return new ServiceResult<Deviation>.Success(ForReporter(deviation));
        }

        LogForbidden(logger, group.Id, actor.AadObjectId);
        return new ServiceResult<Deviation>.Forbidden(RecordsText.OnlyHandlersSeeDeviations.With(group.Name));
    }

    public async Task<ServiceResult<IReadOnlyList<Deviation>>> ListAsync(Actor actor, string groupId, DeviationFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var access = await AuthorizeHandlerAsync(actor, groupId, cancellationToken);
        if (access.Denied is { } denied)
        {
            return Recast<IReadOnlyList<Deviation>>(denied);
        }

        return new ServiceResult<IReadOnlyList<Deviation>>.Success(await store.ListAsync(actor.TenantId, access.Group!.Id, filter, cancellationToken));
    }

    public async Task<ServiceResult<IReadOnlyList<Deviation>>> ListForAreaAsync(Actor actor, string areaId, DeviationFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        if (registry.Catalog.FindArea(areaId) is not { } area)
        {
            return new ServiceResult<IReadOnlyList<Deviation>>.NotFound(RecordsText.AreaNotFound.With(areaId));
        }

        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        if (!RecordsAuthorization.CanHandleAreaDeviations(roles, area.Id))
        {
            LogForbidden(logger, area.Id, actor.AadObjectId);
            return new ServiceResult<IReadOnlyList<Deviation>>.Forbidden(RecordsText.OnlyCoordinatorSeesArea);
        }

        // One partition query per group of the area (at most 15), never a scan across groups or tenants.
        var groups = (await registry.GetGroupsAsync(actor.TenantId, cancellationToken)).Where(g => g.AreaId == area.Id);
        var lists = await Task.WhenAll(groups.Select(g => store.ListAsync(actor.TenantId, g.Id, filter, cancellationToken)));
        IReadOnlyList<Deviation> all = [.. lists.SelectMany(l => l).OrderByDescending(d => d.Content.Date).ThenByDescending(d => d.Reported.At)];
        return new ServiceResult<IReadOnlyList<Deviation>>.Success(all);
    }

    public async Task<ServiceResult<Deviation>> HandleAsync(Actor actor, string groupId, string deviationId, string expectedVersion, DeviationHandlingForm form, CancellationToken cancellationToken)
    {
        var access = await AuthorizeHandlerAsync(actor, groupId, cancellationToken);
        if (access.Denied is { } denied)
        {
            return denied;
        }

        var group = access.Group!;
        var current = await store.GetAsync(actor.TenantId, group.Id, deviationId ?? string.Empty, cancellationToken);
        if (current is null)
        {
            return new ServiceResult<Deviation>.NotFound(RecordsText.DeviationNotFound);
        }

        var handling = validator.ValidateHandling(form, current);
        if (!handling.IsValid)
        {
            LogRefused(logger, group.Id, handling.Errors.Count, string.Join(',', handling.RefusedIdentifiers));
            return new ServiceResult<Deviation>.ValidationFailed(handling.Errors);
        }

        var stamp = new Stamp(actor.AadObjectId, actor.Name, clock.Now);
        var (status, analysis) = (handling.Value!.Status, handling.Value.Analysis);
        var change = status == current.Status ? null : new StatusChange(current.Status, status, stamp);
        var updated = current with
        {
            Status = status,
            Analysis = analysis,
            Updated = stamp,
            History = change is null ? current.History : [.. current.History, change],
        };
        var write = await store.UpdateAsync(updated, expectedVersion, cancellationToken);
        switch (write.Outcome)
        {
            case StoreOutcome.Updated:
                break;
            case StoreOutcome.Conflict:
                LogConflict(logger, group.Id, current.Id, expectedVersion, write.Value?.Version);
                return new ServiceResult<Deviation>.Conflict(write.Value, RecordsText.DeviationConflict);
            default:
                return new ServiceResult<Deviation>.NotFound(RecordsText.DeviationNotFound);
        }

        var stored = write.Value!;
        LogHandled(logger, group.Id, stored.Id, DeviationStatuses.Code(stored.Status), stored.Version);
        if (change is not null)
        {
            await NotifyAsync(new DeviationNotice(DeviationNoticeKind.StatusChanged, ForReporter(stored), Except([stored.Reported.AadObjectId], actor), change), cancellationToken);
            if (status == DeviationStatus.Escalated)
            {
                var coordinators = await registry.GetCoordinatorIdsAsync(actor.TenantId, group.AreaId, cancellationToken);
                await NotifyAsync(new DeviationNotice(DeviationNoticeKind.Escalated, stored, Except(coordinators, actor), change), cancellationToken);
            }
        }

        return new ServiceResult<Deviation>.Success(stored);
    }

    public async Task<IReadOnlyList<Deviation>> ListMineAsync(Actor actor, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var mine = await store.ListByReporterAsync(actor.TenantId, actor.AadObjectId, Math.Clamp(max, 1, MaxMine), cancellationToken);
        return [.. mine.Where(d => d.Reported.AadObjectId == actor.AadObjectId).Select(ForReporter)];
    }

    public async Task<ServiceResult<DeviationYearCounts>> CountAsync(Actor actor, string groupId, int year, CancellationToken cancellationToken)
    {
        var access = await AuthorizeHandlerAsync(actor, groupId, cancellationToken);
        if (access.Denied is { } denied)
        {
            return Recast<DeviationYearCounts>(denied);
        }

        return new ServiceResult<DeviationYearCounts>.Success(await store.CountAsync(actor.TenantId, access.Group!.Id, year, cancellationToken));
    }

    /// <summary>What a reporter sees: their report, its status and history, not the chair's analysis.</summary>
    public static Deviation ForReporter(Deviation deviation)
    {
        ArgumentNullException.ThrowIfNull(deviation);
        return deviation with { Analysis = null, IsReporterView = true };
    }

    private async Task<(LocalGroup? Group, ServiceResult<Deviation>? Denied)> AuthorizeHandlerAsync(Actor actor, string groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var group = await registry.FindGroupAsync(actor.TenantId, groupId ?? string.Empty, cancellationToken);
        if (group is null)
        {
            return (null, new ServiceResult<Deviation>.NotFound(RecordsText.GroupNotFound.With(groupId)));
        }

        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        if (!RecordsAuthorization.CanHandleDeviations(roles, group))
        {
            LogForbidden(logger, group.Id, actor.AadObjectId);
            return (group, new ServiceResult<Deviation>.Forbidden(RecordsText.OnlyHandlersSeeDeviations.With(group.Name)));
        }

        return (group, null);
    }

    private async Task NotifyAsync(DeviationNotice notice, CancellationToken cancellationToken)
    {
        if (notice.RecipientAadObjectIds.Count == 0)
        {
            return; // e.g. the chair handled a deviation they reported themselves
        }

        try
        {
            await notifier.NotifyAsync(notice, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The record is stored; a failed notice must not turn the user's save into an error.
            LogNotifyFailed(logger, ex, notice.Kind, notice.Deviation.Id);
        }
    }

    private static string[] Except(IEnumerable<string> recipients, Actor actor) =>
        [.. recipients.Where(r => r != actor.AadObjectId).Distinct(StringComparer.Ordinal)];

    private static ServiceResult<T> Recast<T>(ServiceResult<Deviation> denied) => denied switch
    {
        ServiceResult<Deviation>.Forbidden f => new ServiceResult<T>.Forbidden(f.Message),
        ServiceResult<Deviation>.NotFound n => new ServiceResult<T>.NotFound(n.Message),
        _ => throw new InvalidOperationException("Only a denial can be recast."),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored deviation {RecordId} for group {GroupId} (replayed submission: {Replayed})")]
    private static partial void LogStored(ILogger logger, string groupId, string recordId, bool replayed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled deviation {RecordId} in group {GroupId}: status {Status}, version {Version}")]
    private static partial void LogHandled(ILogger logger, string groupId, string recordId, string status, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused deviation form for group {GroupId}: {ErrorCount} field errors, identifiers found: {IdentifierKinds}")]
    private static partial void LogRefused(ILogger logger, string groupId, int errorCount, string identifierKinds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Concurrent handling of deviation {RecordId} in group {GroupId}: expected version {Expected}, stored {Stored}")]
    private static partial void LogConflict(ILogger logger, string groupId, string recordId, string expected, string? stored);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Denied deviation access to {Target} for {ActorId}")]
    private static partial void LogForbidden(ILogger logger, string target, string actorId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nobody to tell about deviation {RecordId} in group {GroupId}: the group has no chair and its area no coordinator")]
    private static partial void LogNobodyToNotify(ILogger logger, string groupId, string recordId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the {Kind} notice for deviation {RecordId} failed")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, DeviationNoticeKind kind, string recordId);
}
