namespace VastbusBot.Features.Reminders.Storage;

/// <summary>Where a reminder's claim record stands.</summary>
public enum ClaimState
{
    /// <summary>An instance took the reminder and is sending it (or crashed while doing so).</summary>
    Claimed,

    /// <summary>Teams accepted the card.</summary>
    Sent,

    /// <summary>Certainly not delivered; another run may claim it again (up to the attempt limit).</summary>
    FailedRetryable,

    /// <summary>Not sent and never will be: the user removed the app, Teams rejected it, or the outcome is unknown.</summary>
    FailedFinal,

    /// <summary>A claim that recorded no outcome within the claim timeout: the instance died mid-send. Not retried (at-most-once).</summary>
    Abandoned,
}

/// <summary>The answer to a claim: either this caller owns the reminder now, or the state that stops it.</summary>
public sealed record ClaimResult(bool Acquired, ClaimState State, int Attempt, string? Token)
{
    public static ClaimResult Refused(ClaimState state) => new(false, state, 0, null);
}

/// <summary>
/// One record per reminder (<see cref="ReminderKey"/>), inserted before sending so no two instances send the same
/// reminder: the insert's 409 means someone else has it. See docs/reminders.md for the crash recovery choices.
/// </summary>
public interface IReminderClaimStore
{
    Task<ClaimResult> TryClaimAsync(ReminderKey key, string instanceId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records the outcome of an acquired claim (<see cref="ClaimState.Sent"/>, <see cref="ClaimState.FailedRetryable"/> or <see cref="ClaimState.FailedFinal"/>).</summary>
    Task CompleteAsync(ReminderKey key, ClaimResult claim, ClaimState outcome, string? activityId, string? detail, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The record for <paramref name="key"/>, if any.</summary>
    Task<ClaimState?> GetStateAsync(ReminderKey key, CancellationToken cancellationToken);
}

/// <summary>When the scheduler last finished a run for a tenant (used to tell late reminders from timely ones).</summary>
public interface IReminderRunLog
{
    Task<DateTimeOffset?> GetLastRunAsync(string tenantId, CancellationToken cancellationToken);

    Task SetLastRunAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken);
}
