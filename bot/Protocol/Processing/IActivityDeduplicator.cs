using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol;

/// <summary>Drops redelivered activities. Teams redelivers when it thinks a turn timed out.</summary>
public interface IActivityDeduplicator
{
    /// <summary>
    /// True the first time (conversation.id, activity.id) is seen, false for a duplicate. An activity without both ids
    /// cannot be recognised again and always counts as new.
    /// </summary>
    ValueTask<bool> TryBeginAsync(Activity activity, CancellationToken ct);
}
