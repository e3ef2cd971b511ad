using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VastbusBot.Protocol.Schema;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Storage;

/// <summary>
/// The freshness gate against Azurite. Instances (a gate with its own log and per-key deduplicator) share one table and
/// one fake clock; a Teams timeout redelivery is the same id and timestamp arriving 15 s or more later.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FreshnessGatedActivityDeduplicatorTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan TimeoutRedelivery = TimeSpan.FromSeconds(15);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 15, 0, TimeSpan.Zero));
    private readonly string _prefix = AzuriteTables.NewPrefix();

    private TableProvider NewProvider() => azurite.Tables(_prefix);

    private Instance NewInstance(Func<IReadOnlyList<string>, Task>? beforePerKeyInsert = null)
    {
        var log = new DeliveryLog(NewProvider(), _time, NullLogger<DeliveryLog>.Instance);
        var late = new BatchingTableActivityDeduplicator(NewProvider(), _time, beforePerKeyInsert);
        return new Instance(log, new FreshnessGatedActivityDeduplicator(log, late, _time));
    }

    private static Activity Delivery(string id, DateTimeOffset? timestamp) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Timestamp = timestamp,
        Conversation = new ConversationAccount { Id = "a:gate" },
    };

    [Fact]
    public async Task Fresh_TrueOnceOnAnInstance_WithoutAStorageCall_RecordedByTheFlush()
    {
        var first = NewInstance();
        var activity = Delivery("fresh-1", _time.GetUtcNow().AddSeconds(-1));

        Assert.True(await first.Gate.TryBeginAsync(activity, CancellationToken.None));
        Assert.False(await first.Gate.TryBeginAsync(activity, CancellationToken.None));
        Assert.Empty(await RowsAsync());

        await first.Log.FlushAsync(CancellationToken.None);

        var row = Assert.Single(await RowsAsync());
        Assert.Equal("t202611230814", row.PartitionKey);
        Assert.Equal(1, row.GetInt32("Count"));
    }

    [Fact]
    public async Task Fresh_ThenRedeliveredAfterTheTimeout_ToAnotherInstance_IsADuplicate_FoundInTheLog()
    {
        var first = NewInstance();
        var activity = Delivery("fresh-2", _time.GetUtcNow());
        Assert.True(await first.Gate.TryBeginAsync(activity, CancellationToken.None));
        await first.Log.FlushAsync(CancellationToken.None);

        _time.Advance(TimeoutRedelivery);
        var second = NewInstance();

        Assert.False(await second.Gate.TryBeginAsync(Delivery("fresh-2", activity.Timestamp), CancellationToken.None));
        Assert.DoesNotContain(await RowsAsync(), r => r.PartitionKey.StartsWith('g')); // no per-key row was needed
    }

    [Fact]
    public async Task Fresh_RedeliveredToTheSameInstanceAfterItsMemoryForgot_IsFoundInTheUnflushedLog()
    {
        var first = NewInstance();
        var activity = Delivery("fresh-3", _time.GetUtcNow());
        Assert.True(await first.Gate.TryBeginAsync(activity, CancellationToken.None));

        _time.Advance(FreshnessGatedActivityDeduplicator.MemoryTimeToLive + TimeSpan.FromMinutes(1));

        Assert.False(await first.Gate.TryBeginAsync(Delivery("fresh-3", activity.Timestamp), CancellationToken.None));
    }

    [Fact]
    public async Task Late_NeverSeen_IsNew_ItsCopyAtAnotherInstance_IsADuplicate_ThroughThePerKeyRow()
    {
        var activity = Delivery("late-1", _time.GetUtcNow() - TimeoutRedelivery);
        var first = NewInstance();
        var second = NewInstance();

        Assert.True(await first.Gate.TryBeginAsync(activity, CancellationToken.None));
        Assert.False(await second.Gate.TryBeginAsync(Delivery("late-1", activity.Timestamp), CancellationToken.None));
        Assert.False(await first.Gate.TryBeginAsync(activity, CancellationToken.None));

        Assert.Contains(await RowsAsync(), r => r.PartitionKey.StartsWith('g'));
        await first.Log.FlushAsync(CancellationToken.None);
        Assert.DoesNotContain(await RowsAsync(), r => r.PartitionKey.StartsWith('t')); // a late one is not logged
    }

    [Fact]
    public async Task FiftyConcurrentFreshCopies_OnOneInstance_ExactlyOneIsNew()
    {
        var instance = NewInstance();
        var sent = _time.GetUtcNow();

        var verdicts = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            Task.Run(async () => await instance.Gate.TryBeginAsync(Delivery("fresh-4", sent), CancellationToken.None))));

        Assert.Equal(1, verdicts.Count(v => v));
        await instance.Log.FlushAsync(CancellationToken.None);
        Assert.Equal(1, Assert.Single(await RowsAsync()).GetInt32("Count"));
    }

    [Fact]
    public async Task WithoutTimestamp_TakesTheDurablePath_SoAnotherInstanceRecognisesItAtOnce()
    {
        var first = NewInstance();
        var second = NewInstance();
        var activity = Delivery("no-time", timestamp: null);

        Assert.True(await first.Gate.TryBeginAsync(activity, CancellationToken.None));

        Assert.Contains(await RowsAsync(), r => r.PartitionKey.StartsWith('g'));
        Assert.False(await second.Gate.TryBeginAsync(Delivery("no-time", null), CancellationToken.None));
    }

    [Fact]
    public async Task TimestampAMinuteInTheFuture_TakesTheDurablePath()
    {
        var first = NewInstance();
        var second = NewInstance();
        var activity = Delivery("future", _time.GetUtcNow().AddMinutes(1));

        Assert.True(await first.Gate.TryBeginAsync(activity, CancellationToken.None));
        await first.Log.FlushAsync(CancellationToken.None);

        var row = Assert.Single(await RowsAsync());
        Assert.StartsWith("g", row.PartitionKey, StringComparison.Ordinal);
        Assert.False(await second.Gate.TryBeginAsync(Delivery("future", activity.Timestamp), CancellationToken.None));
    }

    [Fact]
    public async Task FreshWindow_NineSecondsOldIsFresh_TenSecondsOldIsChecked()
    {
        var instance = NewInstance();
        var now = _time.GetUtcNow();

        Assert.True(await instance.Gate.TryBeginAsync(Delivery("nine", now.AddSeconds(-9)), CancellationToken.None));
        Assert.True(await instance.Gate.TryBeginAsync(Delivery("nine-ahead", now.AddSeconds(9)), CancellationToken.None));
        Assert.Empty(await RowsAsync());

        Assert.True(await instance.Gate.TryBeginAsync(Delivery("ten", now - FreshnessGatedActivityDeduplicator.FreshWindow), CancellationToken.None));
        Assert.Single(await RowsAsync());
    }

    [Fact]
    public async Task FailedDurableCheck_Throws_AndTheNextDeliveryIsCheckedAgain()
    {
        var failures = 1;
        var instance = NewInstance(_ =>
            Interlocked.Decrement(ref failures) >= 0 ? throw new InvalidOperationException("storage down") : Task.CompletedTask);
        var activity = Delivery("late-2", _time.GetUtcNow() - TimeoutRedelivery);

        await Assert.ThrowsAsync<InvalidOperationException>(() => instance.Gate.TryBeginAsync(activity, CancellationToken.None).AsTask());

        Assert.True(await instance.Gate.TryBeginAsync(activity, CancellationToken.None)); // not remembered as seen
        Assert.False(await instance.Gate.TryBeginAsync(activity, CancellationToken.None));
    }

    [Fact]
    public async Task WithoutIds_AlwaysNew_NothingStored()
    {
        var instance = NewInstance();
        var activity = new Activity { Type = ActivityTypes.Message, Timestamp = _time.GetUtcNow() - TimeoutRedelivery };

        Assert.True(await instance.Gate.TryBeginAsync(activity, CancellationToken.None));
        Assert.True(await instance.Gate.TryBeginAsync(activity, CancellationToken.None));
        await instance.Log.FlushAsync(CancellationToken.None);
        Assert.Empty(await RowsAsync());
    }

    private Task<List<TableEntity>> RowsAsync() => NewProvider().RowsAsync(BatchingTableActivityDeduplicator.TableName);

    private sealed record Instance(DeliveryLog Log, FreshnessGatedActivityDeduplicator Gate);
}
