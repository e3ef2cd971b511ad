namespace VastbusBot.Storage;

/// <summary>
/// Writes the <see cref="DeliveryLog"/> every <see cref="Interval"/>, and once more when the host stops (after the
/// activity workers, which are registered later and so stop first), so that a record is durable long before Teams
/// could redeliver its activity (15 s).
/// </summary>
public sealed partial class DeliveryLogFlushService(
    DeliveryLog log,
    TimeProvider time,
    ILogger<DeliveryLogFlushService> logger) : BackgroundService
{
    /// <summary>Short against Teams' 15-second timeout; long enough that a flush carries many keys under load.</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await log.FlushAsync(stoppingToken); // logs its own failures and keeps the keys
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync flushes once more.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await log.FlushAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogNotFlushed();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timed out before the delivery log was written; redeliveries of the latest activities may not be recognised")]
    private partial void LogNotFlushed();
}
