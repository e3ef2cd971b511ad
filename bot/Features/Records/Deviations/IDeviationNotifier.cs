namespace VastbusBot.Features.Records.Deviations;

/// <summary>Why someone is told about a deviation.</summary>
public enum DeviationNoticeKind
{
    /// <summary>A new deviation for the group: to the chair, or to the area's coordinators when the group has no chair.</summary>
    Reported,

    /// <summary>The status changed: to the reporter (with the reporter's view, without the analysis).</summary>
    StatusChanged,

    /// <summary>The chair escalated it: to the area's coordinators.</summary>
    Escalated,
}

/// <summary>
/// A proactive message to send. <see cref="Deviation"/> is already trimmed to what the recipients may see, and the
/// person who caused the notice is never among <see cref="RecipientAadObjectIds"/>.
/// </summary>
public sealed record DeviationNotice(DeviationNoticeKind Kind, Deviation Deviation, IReadOnlyList<string> RecipientAadObjectIds, StatusChange? Change);

/// <summary>
/// Sends deviation notices (the card layer implements it with proactive cards through the stored conversation
/// references). Called after the record is stored; a failure is logged and does not undo the stored change.
/// </summary>
public interface IDeviationNotifier
{
    Task NotifyAsync(DeviationNotice notice, CancellationToken cancellationToken);
}

/// <summary>The default until the card layer registers its own: notices are only logged.</summary>
internal sealed partial class LoggingDeviationNotifier(ILogger<LoggingDeviationNotifier> logger) : IDeviationNotifier
{
    public Task NotifyAsync(DeviationNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        LogNotice(logger, notice.Kind, notice.Deviation.Id, notice.RecipientAadObjectIds.Count);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deviation notice {Kind} for {DeviationId} to {RecipientCount} recipients (no notifier registered)")]
    private static partial void LogNotice(ILogger logger, DeviationNoticeKind kind, string deviationId, int recipientCount);
}
