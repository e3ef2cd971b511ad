using VastbusBot.Protocol;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Storage;

/// <summary>
/// Deduplicates with a storage round trip only where a redelivery is possible. The Bot Connector waits about 15 s for
/// the HTTP response and then redelivers the same activity with the same <c>id</c> and the same <c>timestamp</c>
/// (botbuilder-dotnet #5005; msteams-docs #6084); a later, second-level retry has a new id and timestamp, which no
/// id-based scheme recognises. This bot answers non-invoke activities at once, so an activity whose timestamp is
/// fresh (within <see cref="FreshWindow"/> of this bot's clock) cannot be such a redelivery of one delivered before:
/// <list type="bullet">
/// <item>Every delivery is first claimed in memory (atomically, so of concurrent copies at one instance one wins).</item>
/// <item>A fresh one is then only recorded in the <see cref="DeliveryLog"/> (written behind, many keys per row) and
/// processed, without a storage call.</item>
/// <item>Any other (older, far in the future, or without a timestamp) is a duplicate if the log holds it, and else
/// decided by a per-key insert (<see cref="BatchingTableActivityDeduplicator"/>), which also settles concurrent late
/// copies at several instances.</item>
/// </list>
/// <para>
/// What is given up against a durable check of every delivery: a redelivery that reaches ANOTHER instance within
/// <see cref="FreshWindow"/> of the original's timestamp is not recognised (possible after a connection failure, not
/// after a timeout); a fresh delivery is processed before its record is durable, so a crash within the flush interval
/// (500 ms) loses the record, not the delivery. The windows assume this bot's clock is at most about 5 s behind the
/// Bot Connector's (a timeout redelivery arrives 15 s or more after its timestamp); a clock ahead of it only sends more
/// deliveries down the durable path. The in-memory claim holds <see cref="MemoryCapacity"/> keys: beyond that many
/// deliveries per fresh window (2,000 a second per instance) a copy arriving within the window may be processed twice.
/// </para>
/// </summary>
public sealed class FreshnessGatedActivityDeduplicator : IActivityDeduplicator
{
    /// <summary>Keys kept in memory: a few MB; redeliveries to this instance are answered without storage.</summary>
    public const int MemoryCapacity = 20_000;

    private readonly InMemoryActivityDeduplicator _memory;
    private readonly DeliveryLog _log;
    private readonly BatchingTableActivityDeduplicator _late;
    private readonly TimeProvider _time;

    public FreshnessGatedActivityDeduplicator(DeliveryLog log, BatchingTableActivityDeduplicator late, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(late);
        ArgumentNullException.ThrowIfNull(time);
        _log = log;
        _late = late;
        _time = time;
        _memory = new InMemoryActivityDeduplicator(time, MemoryCapacity, MemoryTimeToLive);
    }

    /// <summary>
    /// An activity this close to this bot's clock (either side, for clock skew) counts as fresh; well short of the
    /// Bot Connector's 15-second timeout.
    /// </summary>
    public static TimeSpan FreshWindow { get; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a claim is kept; a later redelivery is recognised by the log or the per-key rows.</summary>
    public static TimeSpan MemoryTimeToLive { get; } = TimeSpan.FromMinutes(30);

    public async ValueTask<bool> TryBeginAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (InMemoryActivityDeduplicator.Key(activity) is not { } key)
        {
            return true; // Nothing to recognise a redelivery by.
        }

        if (!_memory.TryBegin(key))
        {
            return false;
        }

        var timestamp = activity.Timestamp;
        if (timestamp is { } sent && IsFresh(_time.GetUtcNow() - sent))
        {
            _log.Record(key, sent);
            return true;
        }

        try
        {
            if (timestamp is { } stamped && await _log.ContainsAsync(key, stamped, ct).ConfigureAwait(false))
            {
                return false;
            }

            return await _late.TryBeginAsync(activity, ct).ConfigureAwait(false);
        }
        catch
        {
            // A failed check decided nothing: the next delivery must be checked again, not dropped from memory.
            _memory.Forget(activity);
            throw;
        }
    }

    private static bool IsFresh(TimeSpan age) => age > -FreshWindow && age < FreshWindow;
}
