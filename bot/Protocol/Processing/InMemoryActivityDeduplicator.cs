using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol;

/// <summary>
/// Per-process deduplication: remembers up to 50,000 keys for one hour. Enough for one instance and for tests; a
/// scaled-out host registers a shared store instead.
/// </summary>
public sealed class InMemoryActivityDeduplicator : IActivityDeduplicator
{
    private readonly ExpiringCache<bool> _seen;

    public InMemoryActivityDeduplicator(TimeProvider time)
        : this(time, capacity: 50_000, timeToLive: TimeSpan.FromHours(1))
    {
    }

    internal InMemoryActivityDeduplicator(TimeProvider time, int capacity, TimeSpan timeToLive) =>
        _seen = new ExpiringCache<bool>(capacity, timeToLive, time);

    public ValueTask<bool> TryBeginAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = Key(activity);
        if (key is null)
        {
            return ValueTask.FromResult(true);
        }

        _seen.GetOrAdd(key, static () => true, out var added);
        return ValueTask.FromResult(added);
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
