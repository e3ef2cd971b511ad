using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using VastbusBot.Protocol.Schema;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Storage;

/// <summary>Old rows of the deduplication table are deleted; recent ones, which still stop redeliveries, stay.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeliveryRecordCleanupTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private readonly TableProvider _tables = azurite.Tables(AzuriteTables.NewPrefix());

    private static Activity Delivery(string id) =>
        new() { Type = "message", Id = id, Conversation = new ConversationAccount { Id = "a:cleanup" } };

    [Fact]
    public async Task DeleteReceivedBefore_RemovesOldRowsOnly_SoOnlyRecentDeliveriesAreStillRecognised()
    {
        var deduplicator = new BatchingTableActivityDeduplicator(_tables, _time);
        var old = Enumerable.Range(0, 150).Select(i => Delivery("old-" + i)).ToList();
        foreach (var activity in old)
        {
            Assert.True(await deduplicator.TryBeginAsync(activity, CancellationToken.None));
        }

        _time.Advance(TimeSpan.FromHours(23));
        var recent = Delivery("recent");
        Assert.True(await deduplicator.TryBeginAsync(recent, CancellationToken.None));
        _time.Advance(TimeSpan.FromHours(2));

        var deleted = await new DeliveryRecordCleanup(_tables).DeleteReceivedBeforeAsync(_time.GetUtcNow() - TimeSpan.FromHours(24), CancellationToken.None);

        Assert.Equal(150, deleted);
        Assert.Equal(1, await CountRowsAsync());
        Assert.False(await deduplicator.TryBeginAsync(recent, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteReceivedBefore_AlsoRemovesRowsOfTheEarlierPartitionScheme()
    {
        var table = await _tables.GetTableAsync(BatchingTableActivityDeduplicator.TableName, CancellationToken.None);
        await table.AddEntityAsync(new TableEntity("ab", "legacy") { ["ReceivedAt"] = _time.GetUtcNow() - TimeSpan.FromDays(30), ["Type"] = "message" });

        var deleted = await new DeliveryRecordCleanup(_tables).DeleteReceivedBeforeAsync(_time.GetUtcNow() - TimeSpan.FromHours(24), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(0, await CountRowsAsync());
    }

    [Fact]
    public async Task DeleteReceivedBefore_AlsoRemovesOldDeliveryLogRows_AndKeepsRecentOnes()
    {
        var log = new DeliveryLog(_tables, _time, Microsoft.Extensions.Logging.Abstractions.NullLogger<DeliveryLog>.Instance);
        var oldSent = _time.GetUtcNow();
        for (var i = 0; i < 2 * DeliveryLog.MaxKeysPerRow; i++)
        {
            log.Record("a:cleanup\nold-" + i, oldSent);
        }

        await log.FlushAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(23));
        var recentSent = _time.GetUtcNow();
        log.Record("a:cleanup\nrecent", recentSent);
        await log.FlushAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(2));

        var deleted = await new DeliveryRecordCleanup(_tables).DeleteReceivedBeforeAsync(_time.GetUtcNow() - TimeSpan.FromHours(24), CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(1, await CountRowsAsync());
        Assert.False(await log.ContainsAsync("a:cleanup\nold-0", oldSent, CancellationToken.None));
        Assert.True(await log.ContainsAsync("a:cleanup\nrecent", recentSent, CancellationToken.None));
    }

    [Fact]
    public async Task TwoInstancesCleaningAtOnce_DeleteEveryOldRowOnceBetweenThem()
    {
        var deduplicator = new BatchingTableActivityDeduplicator(_tables, _time);
        for (var i = 0; i < 60; i++)
        {
            Assert.True(await deduplicator.TryBeginAsync(Delivery("both-" + i), CancellationToken.None));
        }

        _time.Advance(TimeSpan.FromDays(2));
        var cutoff = _time.GetUtcNow() - TimeSpan.FromHours(24);

        var counts = await Task.WhenAll(
            new DeliveryRecordCleanup(_tables).DeleteReceivedBeforeAsync(cutoff, CancellationToken.None),
            new DeliveryRecordCleanup(_tables).DeleteReceivedBeforeAsync(cutoff, CancellationToken.None));

        Assert.InRange(counts.Sum(), 60, 120);
        Assert.Equal(0, await CountRowsAsync());
    }

    private async Task<int> CountRowsAsync()
    {
        var table = await _tables.GetTableAsync(BatchingTableActivityDeduplicator.TableName, CancellationToken.None);
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }
}
