using System.Globalization;
using Azure.Data.Tables;

namespace VastbusBot.Storage;

/// <summary>
/// A compact, write-behind record of deliveries that were processed without a durable check (fresh ones, see
/// <see cref="FreshnessGatedActivityDeduplicator"/>), kept so that a later redelivery, perhaps to another instance,
/// is still recognised. <see cref="Record"/> only buffers; <see cref="FlushAsync"/> (every 500 ms,
/// <see cref="DeliveryLogFlushService"/>) writes the buffer as few rows: many delivery keys per row, the rows of one
/// minute in one partition and one transaction. Writing one row per delivery was the largest cost of a turn.
/// <para>
/// Rows live in the <c>deliveries</c> table next to the per-key rows of <see cref="BatchingTableActivityDeduplicator"/>:
/// partition <c>t</c> + the activity timestamp's UTC minute (<c>t202611230815</c>; never <c>g0</c>/<c>g1</c> or two hex
/// digits), row key this process's id + a sequence number, <c>Keys</c> the first 16 hex digits of each delivery key's
/// hash joined by commas, <c>Count</c>, and <c>ReceivedAt</c> (this bot's clock when written, so
/// <see cref="DeliveryRecordCleanup"/> deletes them like the others). A redelivery carries the original's timestamp,
/// so <see cref="ContainsAsync"/> reads a single partition.
/// </para>
/// <para>
/// What is given up: a delivery is processed before its record is durable, so a crash within the flush interval
/// loses the record (not the delivery); a failed flush keeps the keys for the next one, up to
/// <see cref="MaxBufferedKeys"/> (the oldest are dropped beyond that, with a warning).
/// </para>
/// </summary>
public sealed partial class DeliveryLog
{
    /// <summary>Hex digits of a key's hash kept: 64 bits, so a false match among a minute's keys is negligible.</summary>
    public const int HashLength = 16;

    /// <summary>
    /// Keys per row: 1,500 × 17 characters ≈ 25,500, well under the 32K characters (64 KiB) a Table Storage string
    /// property may hold.
    /// </summary>
    public const int MaxKeysPerRow = 1_500;

    /// <summary>Table Storage's limit for one transaction; 100 full rows are about 2.5 MB, under its 4 MiB payload limit.</summary>
    public const int MaxRowsPerTransaction = 100;

    /// <summary>Keys kept while storage is failing (a few MB); beyond that the oldest are dropped.</summary>
    public const int MaxBufferedKeys = 100_000;

    private readonly TableProvider _tables;
    private readonly TimeProvider _time;
    private readonly ILogger<DeliveryLog> _logger;
    private readonly int _maxBufferedKeys;
    private readonly Func<IReadOnlyList<TableEntity>, Task>? _beforeWrite;

    /// <summary>Makes this process's row keys unique without coordination.</summary>
    private readonly string _instanceId = Guid.NewGuid().ToString("N");

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);

    // Guarded by _gate. _buffer: recorded, not yet taken by a flush, oldest first. _unwritten: hashes in the buffer
    // or in a flush still running, so ContainsAsync sees a key until its row is in the table.
    private Queue<Entry> _buffer = new();
    private readonly Dictionary<string, int> _unwritten = new(StringComparer.Ordinal);
    private int _dropped;

    private long _sequence;

    public DeliveryLog(TableProvider tables, TimeProvider time, ILogger<DeliveryLog> logger)
        : this(tables, time, logger, MaxBufferedKeys, beforeWrite: null)
    {
    }

    /// <param name="tables">The tables.</param>
    /// <param name="time">The clock for the rows' <c>ReceivedAt</c>.</param>
    /// <param name="logger">Warnings about failed flushes and dropped keys.</param>
    /// <param name="maxBufferedKeys">Tests: a smaller bound.</param>
    /// <param name="beforeWrite">Tests: runs before each storage call with the rows it will write.</param>
    internal DeliveryLog(
        TableProvider tables,
        TimeProvider time,
        ILogger<DeliveryLog> logger,
        int maxBufferedKeys,
        Func<IReadOnlyList<TableEntity>, Task>? beforeWrite)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBufferedKeys, 1);
        _tables = tables;
        _time = time;
        _logger = logger;
        _maxBufferedKeys = maxBufferedKeys;
        _beforeWrite = beforeWrite;
    }

    /// <summary>The partition for deliveries stamped <paramref name="activityTimestamp"/>: its UTC minute.</summary>
    internal static string PartitionKey(DateTimeOffset activityTimestamp) =>
        "t" + activityTimestamp.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    internal static string HashOf(string key) => TableKeys.Hash(key)[..HashLength];

    /// <summary>Buffers <paramref name="key"/> for the next flush; never waits for storage.</summary>
    public void Record(string key, DateTimeOffset activityTimestamp)
    {
        ArgumentNullException.ThrowIfNull(key);
        var entry = new Entry(PartitionKey(activityTimestamp), HashOf(key));
        lock (_gate)
        {
            _buffer.Enqueue(entry);
            Count(entry.Hash);
            TrimBuffer();
        }
    }

    /// <summary>
    /// True when <paramref name="key"/> was recorded: by this process and not yet written, or in any row of the
    /// partition of <paramref name="activityTimestamp"/> (written by any instance).
    /// </summary>
    public async Task<bool> ContainsAsync(string key, DateTimeOffset activityTimestamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = HashOf(key);

        // The buffer first: a key leaves it only after its row is written, so it is always in one of the two.
        lock (_gate)
        {
            if (_unwritten.ContainsKey(hash))
            {
                return true;
            }
        }

        var table = await _tables.GetTableAsync(BatchingTableActivityDeduplicator.TableName, cancellationToken).ConfigureAwait(false);
        var rows = table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(activityTimestamp)}"),
            select: ["Keys"],
            cancellationToken: cancellationToken);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            // Every hash is exactly HashLength hex digits between commas, so a substring match is a whole one.
            if (row.GetString("Keys") is { } keys && keys.Contains(hash, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Writes what was recorded since the last flush: per partition, rows of up to <see cref="MaxKeysPerRow"/> keys,
    /// one transaction per <see cref="MaxRowsPerTransaction"/> rows. On failure the unwritten keys stay for the next
    /// flush and a warning is logged; only cancellation is thrown (the keys stay then too).
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Entry[] taken;
            int dropped;
            lock (_gate)
            {
                taken = [.. _buffer];
                _buffer = new Queue<Entry>();
                dropped = _dropped;
                _dropped = 0;
            }

            if (dropped > 0)
            {
                LogDropped(dropped, _maxBufferedKeys);
            }

            if (taken.Length > 0)
            {
                await WriteAsync(taken, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    private async Task WriteAsync(Entry[] entries, CancellationToken cancellationToken)
    {
        var receivedAt = _time.GetUtcNow();
        var transactions = entries
            .GroupBy(static e => e.Partition, StringComparer.Ordinal)
            .SelectMany(partition => partition
                .Chunk(MaxKeysPerRow)
                .Select(keys => new PendingRow(keys, NewRow(partition.Key, keys, receivedAt)))
                .Chunk(MaxRowsPerTransaction))
            .ToList();

        for (var i = 0; i < transactions.Count; i++)
        {
            try
            {
                await WriteTransactionAsync([.. transactions[i].Select(static r => r.Row)], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // This transaction and the ones not tried yet go back, before what was recorded meanwhile.
                var unwritten = transactions.Skip(i).SelectMany(static t => t).SelectMany(static r => r.Keys).ToList();
                Requeue(unwritten);
                if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                LogFlushFailed(ex, unwritten.Count);
                return;
            }

            lock (_gate)
            {
                foreach (var entry in transactions[i].SelectMany(static r => r.Keys))
                {
                    Uncount(entry.Hash);
                }
            }
        }
    }

    private TableEntity NewRow(string partition, Entry[] keys, DateTimeOffset receivedAt)
    {
        // Flushes run one at a time, but Interlocked keeps the sequence safe regardless.
        var sequence = Interlocked.Increment(ref _sequence);
        return new TableEntity(partition, _instanceId + "-" + sequence.ToString("D12", CultureInfo.InvariantCulture))
        {
            ["Keys"] = string.Join(',', keys.Select(static k => k.Hash)),
            ["Count"] = keys.Length,
            ["ReceivedAt"] = receivedAt,
        };
    }

    private async Task WriteTransactionAsync(TableEntity[] rows, CancellationToken cancellationToken)
    {
        if (_beforeWrite is { } beforeWrite)
        {
            await beforeWrite(rows).ConfigureAwait(false);
        }

        var table = await _tables.GetTableAsync(BatchingTableActivityDeduplicator.TableName, cancellationToken).ConfigureAwait(false);
        if (rows.Length == 1)
        {
            await table.AddEntityAsync(rows[0], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await table.SubmitTransactionAsync(
                rows.Select(static r => new TableTransactionAction(TableTransactionActionType.Add, r)),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private void Requeue(List<Entry> unwritten)
    {
        lock (_gate)
        {
            var buffer = new Queue<Entry>(unwritten.Count + _buffer.Count);
            foreach (var entry in unwritten.Concat(_buffer))
            {
                buffer.Enqueue(entry);
            }

            _buffer = buffer;
            TrimBuffer();
        }
    }

    /// <summary>Drops the oldest keys beyond the bound; the next flush logs how many. Under <see cref="_gate"/>.</summary>
    private void TrimBuffer()
    {
        while (_buffer.Count > _maxBufferedKeys)
        {
            Uncount(_buffer.Dequeue().Hash);
            _dropped++;
        }
    }

    private void Count(string hash) =>
        _unwritten[hash] = _unwritten.TryGetValue(hash, out var count) ? count + 1 : 1;

    private void Uncount(string hash)
    {
        if (_unwritten.TryGetValue(hash, out var count) && count > 1)
        {
            _unwritten[hash] = count - 1;
        }
        else
        {
            _unwritten.Remove(hash);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the delivery log failed; {Count} keys stay buffered for the next flush")]
    private partial void LogFlushFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery log buffer full ({Limit} keys): dropped the {Count} oldest unwritten keys; their redeliveries to other instances will not be recognised")]
    private partial void LogDropped(int count, int limit);

    /// <summary>One recorded delivery: the partition of its timestamp and its key's short hash.</summary>
    private readonly record struct Entry(string Partition, string Hash);

    /// <summary>A row to write and the recorded deliveries it holds.</summary>
    private sealed record PendingRow(Entry[] Keys, TableEntity Row);
}
