using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol;

/// <summary>
/// A bounded in-process first level in front of a durable, shared deduplicator: a redelivery to the instance that
/// already saw the activity is answered from memory, without a storage round trip. Only verdicts the durable store
/// gave are remembered (a failed call remembers nothing), so the durable store still decides every first sighting,
/// also when two deliveries race or arrive at different instances.
/// </summary>
public sealed class CachingActivityDeduplicator : IActivityDeduplicator
{
    /// <summary>Keys kept: a few megabytes at most, and hours of traffic for this bot.</summary>
    public const int DefaultCapacity = 20_000;

    private readonly IActivityDeduplicator _durable;
    private readonly ExpiringCache<bool> _seen;

    public CachingActivityDeduplicator(IActivityDeduplicator durable, TimeProvider time)
        : this(durable, time, DefaultCapacity, DefaultTimeToLive)
    {
    }

    internal CachingActivityDeduplicator(IActivityDeduplicator durable, TimeProvider time, int capacity, TimeSpan timeToLive)
    {
        ArgumentNullException.ThrowIfNull(durable);
        _durable = durable;
        _seen = new ExpiringCache<bool>(capacity, timeToLive, time);
    }

    /// <summary>Teams redelivers within minutes (after its 15-second timeout); later ones go to the durable store.</summary>
    public static TimeSpan DefaultTimeToLive { get; } = TimeSpan.FromMinutes(30);

    public async ValueTask<bool> TryBeginAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = InMemoryActivityDeduplicator.Key(activity);
        if (key is not null && _seen.ContainsKey(key))
        {
            return false;
        }

        var first = await _durable.TryBeginAsync(activity, ct);
        if (key is not null)
        {
            // Either way the delivery is now recorded durably: by this call (first) or by an earlier one.
            _seen.GetOrAdd(key, static () => true, out _);
        }

        return first;
    }
}
