using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Storage;

/// <summary>The write-behind record of fresh deliveries against Azurite: few rows, found again by any instance.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeliveryLogTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 15, 0, TimeSpan.Zero));
    private readonly string _prefix = AzuriteTables.NewPrefix();
    private readonly RecordingLogger<DeliveryLog> _logger = new();

    private TableProvider NewProvider() => azurite.Tables(_prefix);

    private DeliveryLog NewLog() => new(NewProvider(), _time, _logger);

    private static string Key(int i) => "a:log\n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Contains_SeesTheUnflushedBuffer_WithoutAnyRowWritten()
    {
        var log = NewLog();
        var sent = _time.GetUtcNow();

        log.Record(Key(1), sent);

        Assert.True(await log.ContainsAsync(Key(1), sent, CancellationToken.None));
        Assert.False(await log.ContainsAsync(Key(2), sent, CancellationToken.None));
        Assert.False(await NewLog().ContainsAsync(Key(1), sent, CancellationToken.None)); // another instance: nothing written yet
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task Flush_ManyKeysOfOneMinute_FewRowsWithinThePropertyLimit_FoundByAnotherInstance()
    {
        var log = NewLog();
        var sent = _time.GetUtcNow();
        for (var i = 0; i < 5_000; i++)
        {
            log.Record(Key(i), sent.AddSeconds(i % 60)); // all in 08:15
        }

        await log.FlushAsync(CancellationToken.None);

        var rows = await RowsAsync();
        Assert.Equal((5_000 + DeliveryLog.MaxKeysPerRow - 1) / DeliveryLog.MaxKeysPerRow, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal("t202611230815", r.PartitionKey);
            var keys = r.GetString("Keys");
            Assert.InRange(keys.Length, 1, 30_000); // a string property holds at most 32K UTF-16 characters
            Assert.Equal(r.GetInt32("Count"), keys.Split(',').Length);
            Assert.Equal(_time.GetUtcNow(), r.GetDateTimeOffset("ReceivedAt"));
        });
        Assert.Equal(5_000, rows.Sum(r => r.GetInt32("Count")));
        Assert.Equal(rows.Count, rows.Select(r => r.RowKey).Distinct().Count());

        // Another instance finds keys that went to different rows; a key it never saw, or another minute, it does not.
        var other = NewLog();
        foreach (var i in new[] { 0, 1_499, 1_500, 3_200, 4_999 })
        {
            Assert.True(await other.ContainsAsync(Key(i), sent.AddSeconds(i % 60), CancellationToken.None));
        }

        Assert.False(await other.ContainsAsync(Key(5_000), sent, CancellationToken.None));
        Assert.False(await other.ContainsAsync(Key(0), sent.AddMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task Flush_KeysOfTwoMinutes_GoToTheirOwnPartitions_AndTheBufferIsEmptyAfterwards()
    {
        var log = NewLog();
        var sent = _time.GetUtcNow();
        log.Record(Key(1), sent.AddSeconds(59));
        log.Record(Key(2), sent.AddSeconds(60));
        log.Record(Key(3), sent.AddSeconds(61));

        await log.FlushAsync(CancellationToken.None);
        await log.FlushAsync(CancellationToken.None); // nothing left: no further rows

        var rows = await RowsAsync();
        Assert.Equal(["t202611230815", "t202611230816"], rows.Select(r => r.PartitionKey).Order(StringComparer.Ordinal));
        Assert.Equal([1, 2], rows.OrderBy(r => r.PartitionKey, StringComparer.Ordinal).Select(r => r.GetInt32("Count")));
        Assert.True(await NewLog().ContainsAsync(Key(2), sent.AddSeconds(60), CancellationToken.None));
    }

    [Fact]
    public async Task FailedFlush_KeepsTheKeysAndWarns_TheNextFlushWritesThem()
    {
        var failures = 1;
        var log = new DeliveryLog(NewProvider(), _time, _logger, DeliveryLog.MaxBufferedKeys, _ =>
            Interlocked.Decrement(ref failures) >= 0 ? throw new InvalidOperationException("storage down") : Task.CompletedTask);
        var sent = _time.GetUtcNow();
        log.Record(Key(1), sent);

        await log.FlushAsync(CancellationToken.None);

        Assert.Empty(await RowsAsync());
        Assert.True(await log.ContainsAsync(Key(1), sent, CancellationToken.None));
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("1 keys stay buffered", StringComparison.Ordinal));

        log.Record(Key(2), sent);
        await log.FlushAsync(CancellationToken.None);

        var row = Assert.Single(await RowsAsync());
        Assert.Equal(2, row.GetInt32("Count"));
        var other = NewLog();
        Assert.True(await other.ContainsAsync(Key(1), sent, CancellationToken.None));
        Assert.True(await other.ContainsAsync(Key(2), sent, CancellationToken.None));
    }

    [Fact]
    public async Task FullBuffer_DropsTheOldestKeys_AndTheNextFlushWarns()
    {
        var log = new DeliveryLog(NewProvider(), _time, _logger, maxBufferedKeys: 3, beforeWrite: null);
        var sent = _time.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            log.Record(Key(i), sent);
        }

        Assert.False(await log.ContainsAsync(Key(0), sent, CancellationToken.None));
        Assert.False(await log.ContainsAsync(Key(1), sent, CancellationToken.None));
        Assert.True(await log.ContainsAsync(Key(2), sent, CancellationToken.None));

        await log.FlushAsync(CancellationToken.None);

        Assert.Equal(3, Assert.Single(await RowsAsync()).GetInt32("Count"));
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("dropped the 2 oldest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Contains_WhileAFlushIsWriting_StillSeesTheKeysBeingWritten()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new DeliveryLog(NewProvider(), _time, _logger, DeliveryLog.MaxBufferedKeys, async _ =>
        {
            entered.TrySetResult();
            await release.Task;
        });
        var sent = _time.GetUtcNow();
        log.Record(Key(1), sent);

        var flush = log.FlushAsync(CancellationToken.None);
        await entered.Task;

        Assert.True(await log.ContainsAsync(Key(1), sent, CancellationToken.None)); // taken from the buffer, not yet written
        release.SetResult();
        await flush;
        Assert.True(await log.ContainsAsync(Key(1), sent, CancellationToken.None)); // now from the table
        Assert.Single(await RowsAsync());
    }

    private Task<List<TableEntity>> RowsAsync() => NewProvider().RowsAsync(BatchingTableActivityDeduplicator.TableName);
}
