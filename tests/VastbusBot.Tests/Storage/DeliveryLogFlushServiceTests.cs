using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Storage;

/// <summary>The flush service writes the delivery log on its timer and once more when the host stops.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeliveryLogFlushServiceTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 15, 0, TimeSpan.Zero));
    private readonly string _prefix = AzuriteTables.NewPrefix();

    private DeliveryLog NewLog() => new(azurite.Tables(_prefix), _time, NullLogger<DeliveryLog>.Instance);

    [Fact]
    public async Task Stop_FlushesWhatWasRecordedSinceTheLastTick()
    {
        var log = NewLog();
        using var service = new DeliveryLogFlushService(log, _time, NullLogger<DeliveryLogFlushService>.Instance);
        await service.StartAsync(CancellationToken.None);
        log.Record("a:stop\n1", _time.GetUtcNow()); // the fake clock never ticks: only the stop can write it

        await service.StopAsync(CancellationToken.None);

        Assert.True(await NewLog().ContainsAsync("a:stop\n1", _time.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task EachTick_Flushes()
    {
        var log = NewLog();
        using var service = new DeliveryLogFlushService(log, _time, NullLogger<DeliveryLogFlushService>.Instance);
        await service.StartAsync(CancellationToken.None);
        var sent = _time.GetUtcNow();
        log.Record("a:tick\n1", sent);
        var other = NewLog();

        // The timer is created on the service's own thread; keep ticking until a flush has written the key.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await other.ContainsAsync("a:tick\n1", sent, deadline.Token))
        {
            _time.Advance(DeliveryLogFlushService.Interval);
            await Task.Delay(20, deadline.Token);
        }

        await service.StopAsync(CancellationToken.None);
    }
}
