using Azure;
using Azure.Data.Tables;
using VastbusBot.Protocol;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Storage;

/// <summary>
/// Remembers processed deliveries in Table Storage, so a Teams retry is processed once even when it reaches another
/// instance. Insert-only: a row that already exists (409) is the "seen before" answer.
/// <para>
/// Group commit: rows go to <see cref="PartitionCount"/> partitions by hash, and each partition has at most one
/// storage call in flight. Deliveries that arrive meanwhile wait and go together in the next Table transaction (up to
/// <see cref="MaxBatchSize"/> inserts, one storage transaction). There is no artificial delay: at low load every
/// delivery is a single insert as before; under load batches form by themselves. Few partitions, because a
/// transaction holds rows of one partition only, so batches only form among deliveries that share one (with 256
/// partitions they would hardly ever form); two rather than one so that a slow call does not hold up every
/// delivery, and two rather than four because larger batches measured cheaper (docs/benchmarks.md). A partition
/// takes about 2,000 rows per second (Table Storage's target), far more than a Teams bot receives.
/// </para>
/// <para>
/// A caller learns its verdict only after its row's transaction committed (true = recorded now, the caller processes
/// the delivery). Two deliveries of the same key that wait together cost one insert; the first caller still waiting
/// gets the verdict, the others false. A failure other than "row exists" fails every caller of that transaction.
/// </para>
/// </summary>
public sealed class BatchingTableActivityDeduplicator : IActivityDeduplicator
{
    /// <summary>Kept from the one-insert-per-activity version; its rows were in 2-hex-digit partitions, see docs/benchmarks.md.</summary>
    internal const string TableName = "deliveries";

    /// <summary>Partitions the rows are spread over; also the most storage calls in flight per instance.</summary>
    public const int PartitionCount = 2;

    /// <summary>Table Storage's limit for one transaction.</summary>
    public const int MaxBatchSize = 100;

    private readonly TableProvider _tables;
    private readonly TimeProvider _time;
    private readonly Func<IReadOnlyList<string>, Task>? _beforeCommit;
    private readonly PartitionWriter[] _partitions;

    public BatchingTableActivityDeduplicator(TableProvider tables, TimeProvider time)
        : this(tables, time, beforeCommit: null)
    {
    }

    /// <param name="tables">The tables.</param>
    /// <param name="time">The clock for the rows' <c>ReceivedAt</c>.</param>
    /// <param name="beforeCommit">Tests: runs before each storage call with the row keys it will insert.</param>
    internal BatchingTableActivityDeduplicator(TableProvider tables, TimeProvider time, Func<IReadOnlyList<string>, Task>? beforeCommit)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(time);
        _tables = tables;
        _time = time;
        _beforeCommit = beforeCommit;
        _partitions = new PartitionWriter[PartitionCount];
        for (var i = 0; i < PartitionCount; i++)
        {
            _partitions[i] = new PartitionWriter(this, PartitionKey(i));
        }
    }

    /// <summary>
    /// "g0", "g1": not two hex digits, so never one of the partitions the one-insert version used in the same table.
    /// </summary>
    internal static string PartitionKey(int index) => "g" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The partition of a row key (a lowercase hex hash), by its first hex digit.</summary>
    internal static int PartitionOf(string rowKey) => Convert.ToInt32(rowKey[..1], 16) % PartitionCount;

    public async ValueTask<bool> TryBeginAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (InMemoryActivityDeduplicator.Key(activity) is not { } key)
        {
            return true; // Nothing to recognise a retry by.
        }

        ct.ThrowIfCancellationRequested();
        var rowKey = TableKeys.Hash(key);
        var waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        // Giving up completes only this caller's waiter; its row may still be written with the others.
        using var registration = ct.CanBeCanceled
            ? ct.UnsafeRegister(static (state, token) => ((TaskCompletionSource<bool>)state!).TrySetCanceled(token), waiter)
            : default;
        _partitions[PartitionOf(rowKey)].Add(rowKey, activity.Type, waiter);
        return await waiter.Task.ConfigureAwait(false);
    }

    /// <summary>One row to insert and the callers waiting for its verdict.</summary>
    private sealed class Delivery(TableEntity entity)
    {
        public TableEntity Entity { get; } = entity;

        public string RowKey => Entity.RowKey;

        /// <summary>Guarded by the partition's lock.</summary>
        public List<TaskCompletionSource<bool>> Waiters { get; } = new(1);

        /// <summary>Every caller gave up before the row was sent: nobody would process it, so it is not written.</summary>
        public bool Abandoned => Waiters.TrueForAll(static w => w.Task.IsCompleted);
    }

    /// <summary>The queue and the single in-flight transaction of one partition.</summary>
    private sealed class PartitionWriter(BatchingTableActivityDeduplicator owner, string partitionKey)
    {
        private readonly Lock _gate = new();

        // Queued or in flight, by row key: a second delivery of the same key joins the first.
        private readonly Dictionary<string, Delivery> _unresolved = new(StringComparer.Ordinal);
        private readonly Queue<Delivery> _queue = new();
        private bool _committing;

        public void Add(string rowKey, string? type, TaskCompletionSource<bool> waiter)
        {
            lock (_gate)
            {
                if (_unresolved.TryGetValue(rowKey, out var delivery))
                {
                    delivery.Waiters.Add(waiter);
                    return;
                }

                var entity = new TableEntity(partitionKey, rowKey) { ["ReceivedAt"] = owner._time.GetUtcNow(), ["Type"] = type };
                delivery = new Delivery(entity);
                delivery.Waiters.Add(waiter);
                _unresolved.Add(rowKey, delivery);
                _queue.Enqueue(delivery);
                if (_committing)
                {
                    return; // The running loop takes it with the next transaction.
                }

                _committing = true;
            }

            // Unsafe: not on the caller's execution context, as the loop serves many callers (log scopes, trace parent).
            ThreadPool.UnsafeQueueUserWorkItem(static writer => _ = writer.CommitLoopAsync(), this, preferLocal: false);
        }

        private async Task CommitLoopAsync()
        {
            var batch = new List<Delivery>(MaxBatchSize);
            while (true)
            {
                lock (_gate)
                {
                    while (batch.Count < MaxBatchSize && _queue.TryDequeue(out var delivery))
                    {
                        if (delivery.Abandoned)
                        {
                            _unresolved.Remove(delivery.RowKey);
                            continue;
                        }

                        batch.Add(delivery);
                    }

                    if (batch.Count == 0)
                    {
                        _committing = false;
                        return;
                    }
                }

                await CommitAsync(batch).ConfigureAwait(false);
                batch.Clear();
            }
        }

        /// <summary>Inserts the batch's rows, taking out each one that already exists; never throws.</summary>
        private async Task CommitAsync(List<Delivery> batch)
        {
            while (batch.Count > 0)
            {
                try
                {
                    if (owner._beforeCommit is { } beforeCommit)
                    {
                        await beforeCommit(batch.ConvertAll(static d => d.RowKey)).ConfigureAwait(false);
                    }

                    // No caller's token: one caller giving up must not cancel the others' insert.
                    var table = await owner._tables.GetTableAsync(TableName, CancellationToken.None).ConfigureAwait(false);
                    if (batch.Count == 1)
                    {
                        await table.AddEntityAsync(batch[0].Entity, CancellationToken.None).ConfigureAwait(false);
                    }
                    else
                    {
                        await table.SubmitTransactionAsync(
                            batch.ConvertAll(static d => new TableTransactionAction(TableTransactionActionType.Add, d.Entity)),
                            CancellationToken.None).ConfigureAwait(false);
                    }

                    foreach (var delivery in batch)
                    {
                        Resolve(delivery, recorded: true);
                    }

                    return;
                }
                catch (TableTransactionFailedException ex) when (ex.Status == 409 && ex.FailedTransactionActionIndex is int index && index >= 0 && index < batch.Count)
                {
                    // That row exists: a duplicate. The transaction wrote nothing; send the others again.
                    Resolve(batch[index], recorded: false);
                    batch.RemoveAt(index);
                }
                catch (RequestFailedException ex) when (ex.Status == 409 && batch.Count == 1 && ex is not TableTransactionFailedException)
                {
                    Resolve(batch[0], recorded: false);
                    return;
                }
                catch (Exception ex) // storage down, throttled, …: every caller of this transaction gets the error
                {
                    foreach (var delivery in batch)
                    {
                        Fail(delivery, ex);
                    }

                    return;
                }
            }
        }

        private void Resolve(Delivery delivery, bool recorded)
        {
            // The first caller still waiting processes a delivery recorded now; everyone else has a duplicate.
            var first = recorded;
            foreach (var waiter in Release(delivery))
            {
                if (waiter.TrySetResult(first))
                {
                    first = false;
                }
            }
        }

        private void Fail(Delivery delivery, Exception ex)
        {
            foreach (var waiter in Release(delivery))
            {
                waiter.TrySetException(ex);
            }
        }

        private TaskCompletionSource<bool>[] Release(Delivery delivery)
        {
            lock (_gate)
            {
                _unresolved.Remove(delivery.RowKey);
                return [.. delivery.Waiters];
            }
        }
    }
}
