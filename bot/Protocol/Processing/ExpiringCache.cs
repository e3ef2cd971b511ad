namespace VastbusBot.Protocol;

/// <summary>
/// A small bounded map whose entries all live for the same time, so insertion order is also expiry order: the oldest
/// entries are dropped first, whether expired or pushed out by the capacity.
/// </summary>
internal sealed class ExpiringCache<TValue>
{
    private readonly Dictionary<string, (TValue Value, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expires)> _order = new();
    private readonly Lock _lock = new();
    private readonly int _capacity;
    private readonly TimeSpan _timeToLive;
    private readonly TimeProvider _time;

    public ExpiringCache(int capacity, TimeSpan timeToLive, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(time);
        _capacity = capacity;
        _timeToLive = timeToLive;
        _time = time;
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                Purge(_time.GetUtcNow());
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// Drops the entry for <paramref name="key"/>, if any, so that the next <see cref="GetOrAdd"/> adds it again. Its
    /// place in the expiry order is left behind; an entry re-added within the same clock tick gets the same expiry, so
    /// it may go a little early when the capacity pushes that place out.
    /// </summary>
    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            return _entries.Remove(key);
        }
    }

    /// <summary>The live value for <paramref name="key"/>, or a new one from <paramref name="create"/>.</summary>
    public TValue GetOrAdd(string key, Func<TValue> create, out bool added)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            Purge(now);
            if (_entries.TryGetValue(key, out var existing))
            {
                added = false;
                return existing.Value;
            }

            while (_entries.Count >= _capacity && _order.TryDequeue(out var oldest))
            {
                RemoveIfCurrent(oldest);
            }

            var value = create();
            var expires = now + _timeToLive;
            _entries[key] = (value, expires);
            _order.Enqueue((key, expires));
            added = true;
            return value;
        }
    }

    private void Purge(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && oldest.Expires <= now)
        {
            _order.Dequeue();
            RemoveIfCurrent(oldest);
        }
    }

    private void RemoveIfCurrent((string Key, DateTimeOffset Expires) item)
    {
        if (_entries.TryGetValue(item.Key, out var entry) && entry.Expires == item.Expires)
        {
            _entries.Remove(item.Key);
        }
    }
}
