using System.Collections.Concurrent;
using Azure.Data.Tables;
using VastbusBot.Protocol.Schema;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Storage;

/// <summary>
/// The group commit of <see cref="BatchingTableActivityDeduplicator"/> against Azurite. A gate in front of each
/// storage call (the internal test hook) holds the in-flight transaction, so the tests decide which deliveries wait
/// and therefore go together in the next transaction.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BatchingTableActivityDeduplicatorTests(AzuriteFixture azurite)
{
    private const string Conversation = "a:batch";

    private readonly string _prefix = AzuriteTables.NewPrefix();

    private TableProvider NewProvider() => azurite.Tables(_prefix);

    private static Activity Delivery(string id, string conversation = Conversation) =>
        new() { Type = "message", Id = id, Conversation = new ConversationAccount { Id = conversation } };

    private static string RowKey(Activity activity) => TableKeys.Hash(activity.Conversation!.Id + "\n" + activity.Id);

    /// <summary>Deliveries whose rows share partition <paramref name="partition"/>, so they can go in one transaction.</summary>
    private static List<Activity> InPartition(int partition, int count, string tag) =>
        Enumerable.Range(0, int.MaxValue)
            .Select(i => Delivery($"{tag}-{i}"))
            .Where(a => BatchingTableActivityDeduplicator.PartitionOf(RowKey(a)) == partition)
            .Take(count)
            .ToList();

    [Fact]
    public async Task ConcurrentFirstSightings_EachKeyTrueExactlyOnce_AndWaitingDeliveriesShareATransaction()
    {
        var gate = new CommitGate();
        var deduplicator = new BatchingTableActivityDeduplicator(NewProvider(), TimeProvider.System, gate.BeforeCommitAsync);
        var activities = Enumerable.Range(0, 120).Select(i => Delivery($"first-{i}")).ToList();

        // Every activity delivered twice, interleaved, while the first transactions are held.
        var calls = activities.Concat(activities).Select(a => (Key: RowKey(a), Verdict: deduplicator.TryBeginAsync(a, CancellationToken.None).AsTask())).ToList();
        gate.Open();
        await Task.WhenAll(calls.Select(c => c.Verdict));

        foreach (var group in calls.GroupBy(c => c.Key))
        {
            Assert.Equal(1, group.Count(c => c.Verdict.Result));
        }

        // Each row was inserted once (the second delivery joined the first), in transactions of up to 100.
        var committed = gate.Batches.SelectMany(b => b).ToList();
        Assert.Equal(activities.Count, committed.Count);
        Assert.Equal(activities.Count, committed.Distinct().Count());
        Assert.All(gate.Batches, b => Assert.InRange(b.Count, 1, BatchingTableActivityDeduplicator.MaxBatchSize));
        Assert.Contains(gate.Batches, b => b.Count > 1);
        Assert.Equal(activities.Count, await CountRowsAsync());
    }

    [Fact]
    public async Task RedeliveriesInALaterBatch_AreAllDuplicates()
    {
        var deduplicator = new BatchingTableActivityDeduplicator(NewProvider(), TimeProvider.System);
        var activities = InPartition(1, 6, "later");
        foreach (var activity in activities)
        {
            Assert.True(await deduplicator.TryBeginAsync(activity, CancellationToken.None));
        }

        var gate = new CommitGate();
        var redelivering = new BatchingTableActivityDeduplicator(NewProvider(), TimeProvider.System, gate.BeforeCommitAsync);
        var verdicts = activities.Select(a => redelivering.TryBeginAsync(a, CancellationToken.None).AsTask()).ToList();
        gate.Open();

        Assert.All(await Task.WhenAll(verdicts), Assert.False);
        Assert.Contains(gate.Batches, b => b.Count > 1);
        Assert.Equal(activities.Count, await CountRowsAsync());
    }

    [Fact]
    public async Task ExistingRowInTheMiddleOfABatch_IsADuplicate_AndTheOthersAreResubmitted()
    {
        var activities = InPartition(1, 7, "middle");
        var (blocker, existing) = (activities[0], activities[1]);
        var before = new[] { activities[2], activities[3] };
        var after = new[] { activities[4], activities[5], activities[6] };
        Assert.True(await new BatchingTableActivityDeduplicator(NewProvider(), TimeProvider.System).TryBeginAsync(existing, CancellationToken.None));

        var gate = new CommitGate();
        var deduplicator = new BatchingTableActivityDeduplicator(NewProvider(), TimeProvider.System, gate.BeforeCommitAsync);
        var blocked = deduplicator.TryBeginAsync(blocker, CancellationToken.None).AsTask();
        await gate.FirstCommitEntered;
        var waiting = before.Append(existing).Concat(after).Select(a => deduplicator.TryBeginAsync(a, CancellationToken.None).AsTask()).ToList();
        gate.Open();

        Assert.True(await blocked);
        Assert.Equal(new[] { true, true, false, true, true, true }, await Task.WhenAll(waiting));
        IReadOnlyList<string>[] expectedBatches =
        [
            [RowKey(blocker)],
            [.. before.Select(RowKey), RowKey(existing), .. after.Select(RowKey)],
            [.. before.Concat(after).Select(RowKey)], // the same transaction without the existing row
        ];
        Assert.Equal(expectedBatches, gate.Batches);
        Assert.Equal(activities.Count, await CountRowsAsync());
    }

    [Fact]
    public async Task ManyConcurrentCallersOfTheSameKey_ExactlyOneTrue()
    {
        var gate = new CommitGate();
        var deduplicator = new BatchingTableActivityDeduplicator(NewProvider(), TimeProvider.System, gate.BeforeCommitAsync);
        var activity = Delivery("same");
        var verdicts = Enumerable.Range(0, 30).Select(_ => deduplicator.TryBeginAsync(activity, CancellationToken.None).AsTask()).ToList();
        gate.Open();

        Assert.Equal(1, (await Task.WhenAll(verdicts)).Count(v => v));
        Assert.Single(gate.Batches.SelectMany(b => b));
    }

    [Fact]
    public async Task ConcurrentCallersOfTheSameKey_OnTwoInstances_ExactlyOneTrue()
    {
        var first = new BatchingTableActivityDeduplicator(NewProvider(), TimeProvider.System);
        var second = new BatchingTableActivityDeduplicator(NewProvider(), TimeProvider.System);
        var activity = Delivery("two-instances");

        var verdicts = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).TryBeginAsync(activity, CancellationToken.None).AsTask())));

        Assert.Equal(1, verdicts.Count(v => v));
    }

    [Fact]
    public async Task ACallerGivingUp_DoesNotDisturbTheOthers_AndItsRowIsNotWrittenWhileStillQueued()
    {
        var activities = InPartition(0, 3, "cancel");
        var (blocker, abandoned, other) = (activities[0], activities[1], activities[2]);
        var sameKeyTwice = Delivery("cancel-shared", "a:other");
        var gate = new CommitGate();
        var deduplicator = new BatchingTableActivityDeduplicator(NewProvider(), TimeProvider.System, gate.BeforeCommitAsync);
        var blocked = deduplicator.TryBeginAsync(blocker, CancellationToken.None).AsTask();
        await gate.FirstCommitEntered;

        using var giveUp = new CancellationTokenSource();
        var cancelled = deduplicator.TryBeginAsync(abandoned, giveUp.Token).AsTask();
        var otherVerdict = deduplicator.TryBeginAsync(other, CancellationToken.None).AsTask();
        var sharedCancelled = deduplicator.TryBeginAsync(sameKeyTwice, giveUp.Token).AsTask();
        var sharedKept = deduplicator.TryBeginAsync(sameKeyTwice, CancellationToken.None).AsTask();
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sharedCancelled);
        gate.Open();

        Assert.True(await blocked);
        Assert.True(await otherVerdict);
        Assert.True(await sharedKept); // the caller still waiting takes over the first sighting
        Assert.DoesNotContain(RowKey(abandoned), gate.Batches.SelectMany(b => b));
        Assert.True(await deduplicator.TryBeginAsync(abandoned, CancellationToken.None)); // a redelivery is processed
    }

    [Fact]
    public async Task AFailedCommit_FailsEveryCallerOfThatBatch_AndLaterDeliveriesStillWork()
    {
        var activities = InPartition(0, 4, "fail");
        var failure = new InvalidOperationException("storage unavailable");
        var gate = new CommitGate();
        var failNext = true;
        var deduplicator = new BatchingTableActivityDeduplicator(NewProvider(), TimeProvider.System, async keys =>
        {
            await gate.BeforeCommitAsync(keys);
            if (keys.Count > 1 && failNext)
            {
                failNext = false;
                throw failure;
            }
        });
        var blocked = deduplicator.TryBeginAsync(activities[0], CancellationToken.None).AsTask();
        await gate.FirstCommitEntered;
        var failing = activities.Skip(1).Select(a => deduplicator.TryBeginAsync(a, CancellationToken.None).AsTask()).ToList();
        gate.Open();

        Assert.True(await blocked);
        foreach (var verdict in failing)
        {
            Assert.Same(failure, await Assert.ThrowsAsync<InvalidOperationException>(() => verdict));
        }

        // Nothing of the failed transaction was recorded, so the redeliveries are first sightings.
        foreach (var activity in activities.Skip(1))
        {
            Assert.True(await deduplicator.TryBeginAsync(activity, CancellationToken.None));
        }
    }

    private async Task<int> CountRowsAsync()
    {
        var table = await NewProvider().GetTableAsync(BatchingTableActivityDeduplicator.TableName);
        var count = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            Assert.Matches("^g[0-9]$", row.PartitionKey);
            count++;
        }

        return count;
    }

    /// <summary>Records each storage call's row keys and holds the calls until opened.</summary>
    private sealed class CommitGate
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConcurrentQueue<IReadOnlyList<string>> _batches = new();

        public Task FirstCommitEntered => _entered.Task;

        public IReadOnlyList<IReadOnlyList<string>> Batches => [.. _batches];

        public void Open() => _open.TrySetResult();

        public async Task BeforeCommitAsync(IReadOnlyList<string> rowKeys)
        {
            _batches.Enqueue(rowKeys);
            _entered.TrySetResult();
            await _open.Task;
        }
    }
}
