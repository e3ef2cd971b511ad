using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol;

/// <summary>
/// Per-process deduplication: remembers up to 50,000 keys for one hour (by default). Enough for one instance and for
/// tests; a scaled-out host registers a shared store instead, which may use this one as its in-process level.
/// </summary>
public sealed class InMemoryActivityDeduplicator : IActivityDeduplicator
{
    private readonly ExpiringCache<bool> _seen;

    public InMemoryActivityDeduplicator(TimeProvider time)
        : this(time, capacity: 50_000, timeToLive: TimeSpan.FromHours(1))
    {
    }

    /// <param name="time">The clock for expiry.</param>
    /// <param name="capacity">Keys kept at most; the oldest go first.</param>
    /// <param name="timeToLive">How long a key is kept.</param>
    public InMemoryActivityDeduplicator(TimeProvider time, int capacity, TimeSpan timeToLive) =>
        _seen = new ExpiringCache<bool>(capacity, timeToLive, time);

    public ValueTask<bool> TryBeginAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ValueTask.FromResult(Key(activity) is not { } key || TryBegin(key));
    }

    /// <summary>True the first time <paramref name="key"/> (see <see cref="Key"/>) is claimed, false while it is remembered.</summary>
    public bool TryBegin(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _seen.GetOrAdd(key, static () => true, out var added);
        return added;
    }

    /// <summary>
    /// Forgets <paramref name="activity"/>, so its next delivery counts as new again: for a caller that claimed it with
    /// <see cref="TryBeginAsync"/> or <see cref="TryBegin"/> but could not finish deciding (e.g. a durable check failed).
    /// </summary>
    public void Forget(Activity activity)
    {
        if (Key(activity) is { } key)
        {
            _seen.Remove(key);
        }
    }

    /// <summary>The dedupe key, or null when the activity lacks a conversation id or an id.</summary>
    public static string? Key(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        return string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(activity.Id)
            ? null
            : conversationId + "\n" + activity.Id;
    }
}
