using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Meetings;

/// <summary>
/// Logging, editing and listing a local group's meetings. Members and the chair log and edit; they, the area's
/// coordinators and admins read. Every call is scoped by the actor's tenant.
/// </summary>
public interface IMeetingService
{
    /// <summary>
    /// Validates and stores a new meeting. <paramref name="submissionId"/> identifies the form submission: the same
    /// id delivered again returns the stored meeting with <c>Replayed = true</c> and stores nothing new.
    /// </summary>
    Task<ServiceResult<Meeting>> LogAsync(Actor actor, string groupId, string submissionId, MeetingForm form, CancellationToken cancellationToken);

    /// <summary>Replaces a meeting's content if nobody changed it since <paramref name="expectedVersion"/>; else Conflict with the current meeting.</summary>
    Task<ServiceResult<Meeting>> UpdateAsync(Actor actor, string groupId, string meetingId, string expectedVersion, MeetingForm form, CancellationToken cancellationToken);

    Task<ServiceResult<Meeting>> GetAsync(Actor actor, string groupId, string meetingId, CancellationToken cancellationToken);

    /// <summary>The group's meetings dated in <paramref name="year"/>, newest first.</summary>
    Task<ServiceResult<IReadOnlyList<Meeting>>> ListAsync(Actor actor, string groupId, int year, CancellationToken cancellationToken);

    /// <summary>The number of meetings and the trainings held in a year (for the annual report).</summary>
    Task<ServiceResult<MeetingYearSummary>> GetYearSummaryAsync(Actor actor, string groupId, int year, CancellationToken cancellationToken);
}

/// <inheritdoc cref="IMeetingService"/>
public sealed partial class MeetingService(
    IOrganisationRegistry registry,
    IMeetingStore store,
    MeetingValidator validator,
    RecordClock clock,
    ILogger<MeetingService> logger) : IMeetingService
{
    internal const string RecordKind = "meeting";

    public async Task<ServiceResult<Meeting>> LogAsync(Actor actor, string groupId, string submissionId, MeetingForm form, CancellationToken cancellationToken)
    {
        var access = await AuthorizeAsync(actor, groupId, write: true, cancellationToken);
        if (access.Denied is { } denied)
        {
            return denied;
        }

        if (!SubmissionIds.IsValid(submissionId))
        {
            return new ServiceResult<Meeting>.ValidationFailed([new FieldError(RecordFields.SubmissionId, ErrorCodes.InvalidId, RecordsText.InvalidSubmission)]);
        }

        var content = validator.Validate(form, clock.Today);
        if (!content.IsValid)
        {
            LogRefused(logger, RecordKind, access.Group!.Id, content.Errors.Count, string.Join(',', content.RefusedIdentifiers));
            return new ServiceResult<Meeting>.ValidationFailed(content.Errors);
        }

        var group = access.Group!;
        var meeting = new Meeting(
            SubmissionIds.RecordId(RecordKind, actor.TenantId, group.Id, submissionId),
            actor.TenantId,
            group.Id,
            submissionId,
            content.Value!,
            new Stamp(actor.AadObjectId, actor.Name, clock.Now),
            Updated: null,
            Version: string.Empty);
        var write = await store.CreateAsync(meeting, cancellationToken);
        var replayed = write.Outcome == StoreOutcome.AlreadyExisted;
        LogStored(logger, RecordKind, group.Id, write.Value!.Id, replayed);
        return new ServiceResult<Meeting>.Success(write.Value!, replayed);
    }

    public async Task<ServiceResult<Meeting>> UpdateAsync(Actor actor, string groupId, string meetingId, string expectedVersion, MeetingForm form, CancellationToken cancellationToken)
    {
        var access = await AuthorizeAsync(actor, groupId, write: true, cancellationToken);
        if (access.Denied is { } denied)
        {
            return denied;
        }

        var group = access.Group!;
        var current = await store.GetAsync(actor.TenantId, group.Id, meetingId, cancellationToken);
        if (current is null)
        {
            return new ServiceResult<Meeting>.NotFound(RecordsText.MeetingNotFound);
        }

        var content = validator.Validate(form, clock.Today);
        if (!content.IsValid)
        {
            LogRefused(logger, RecordKind, group.Id, content.Errors.Count, string.Join(',', content.RefusedIdentifiers));
            return new ServiceResult<Meeting>.ValidationFailed(content.Errors);
        }

        var updated = current with { Content = content.Value!, Updated = new Stamp(actor.AadObjectId, actor.Name, clock.Now) };
        var write = await store.UpdateAsync(updated, expectedVersion, cancellationToken);
        switch (write.Outcome)
        {
            case StoreOutcome.Updated:
                LogUpdated(logger, RecordKind, group.Id, current.Id, write.Value!.Version);
                return new ServiceResult<Meeting>.Success(write.Value!);
            case StoreOutcome.Conflict:
                LogConflict(logger, RecordKind, group.Id, current.Id, expectedVersion, write.Value?.Version);
                return new ServiceResult<Meeting>.Conflict(write.Value, RecordsText.MeetingConflict);
            default:
                return new ServiceResult<Meeting>.NotFound(RecordsText.MeetingNotFound);
        }
    }

    public async Task<ServiceResult<Meeting>> GetAsync(Actor actor, string groupId, string meetingId, CancellationToken cancellationToken)
    {
        var access = await AuthorizeAsync(actor, groupId, write: false, cancellationToken);
        if (access.Denied is { } denied)
        {
            return denied;
        }

        var meeting = await store.GetAsync(actor.TenantId, access.Group!.Id, meetingId, cancellationToken);
        return meeting is null
            ? new ServiceResult<Meeting>.NotFound(RecordsText.MeetingNotFound)
            : new ServiceResult<Meeting>.Success(meeting);
    }

    public async Task<ServiceResult<IReadOnlyList<Meeting>>> ListAsync(Actor actor, string groupId, int year, CancellationToken cancellationToken)
    {
        var access = await AuthorizeAsync(actor, groupId, write: false, cancellationToken);
        if (access.Denied is { } denied)
        {
            return Recast<IReadOnlyList<Meeting>>(denied);
        }

        return new ServiceResult<IReadOnlyList<Meeting>>.Success(await store.ListAsync(actor.TenantId, access.Group!.Id, year, cancellationToken));
    }

    public async Task<ServiceResult<MeetingYearSummary>> GetYearSummaryAsync(Actor actor, string groupId, int year, CancellationToken cancellationToken)
    {
        var access = await AuthorizeAsync(actor, groupId, write: false, cancellationToken);
        if (access.Denied is { } denied)
        {
            return Recast<MeetingYearSummary>(denied);
        }

        var meetings = await store.ListAsync(actor.TenantId, access.Group!.Id, year, cancellationToken);
        var trainings = meetings
            .OrderBy(m => m.Content.Date)
            .SelectMany(m => m.Content.Trainings)
            .Distinct(StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new ServiceResult<MeetingYearSummary>.Success(new MeetingYearSummary(access.Group.Id, year, meetings.Count, trainings));
    }

    private async Task<(LocalGroup? Group, ServiceResult<Meeting>? Denied)> AuthorizeAsync(Actor actor, string groupId, bool write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var group = await registry.FindGroupAsync(actor.TenantId, groupId ?? string.Empty, cancellationToken);
        if (group is null)
        {
            return (null, new ServiceResult<Meeting>.NotFound(RecordsText.GroupNotFound.With(groupId)));
        }

        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        var allowed = write ? RecordsAuthorization.CanLogMeetings(roles, group) : RecordsAuthorization.CanViewMeetings(roles, group);
        if (!allowed)
        {
            LogForbidden(logger, RecordKind, group.Id, actor.AadObjectId, write);
            var message = write ? RecordsText.OnlyMembersLogMeetings : RecordsText.OnlyMembersSeeMeetings;
            return (group, new ServiceResult<Meeting>.Forbidden(message.With(group.Name)));
        }

        return (group, null);
    }

    private static ServiceResult<T> Recast<T>(ServiceResult<Meeting> denied) => denied switch
    {
        ServiceResult<Meeting>.Forbidden f => new ServiceResult<T>.Forbidden(f.Message),
        ServiceResult<Meeting>.NotFound n => new ServiceResult<T>.NotFound(n.Message),
        _ => throw new InvalidOperationException("Only a denial can be recast."),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {RecordKind} {RecordId} for group {GroupId} (replayed submission: {Replayed})")]
    private static partial void LogStored(ILogger logger, string recordKind, string groupId, string recordId, bool replayed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Updated {RecordKind} {RecordId} for group {GroupId} to version {Version}")]
    private static partial void LogUpdated(ILogger logger, string recordKind, string groupId, string recordId, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {RecordKind} for group {GroupId}: {ErrorCount} field errors, identifiers found: {IdentifierKinds}")]
    private static partial void LogRefused(ILogger logger, string recordKind, string groupId, int errorCount, string identifierKinds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Concurrent edit of {RecordKind} {RecordId} in group {GroupId}: expected version {Expected}, stored {Stored}")]
    private static partial void LogConflict(ILogger logger, string recordKind, string groupId, string recordId, string expected, string? stored);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Denied {RecordKind} access to group {GroupId} for {ActorId} (write: {Write})")]
    private static partial void LogForbidden(ILogger logger, string recordKind, string groupId, string actorId, bool write);
}
