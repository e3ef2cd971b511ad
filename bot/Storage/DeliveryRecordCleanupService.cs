namespace VastbusBot.Storage;

/// <summary>
/// Runs <see cref="DeliveryRecordCleanup"/> at start and then every <see cref="Interval"/>, deleting delivery rows older
/// than <see cref="Retention"/>. Every instance may run it: a row another instance deleted first is skipped.
/// </summary>
public sealed partial class DeliveryRecordCleanupService(
    DeliveryRecordCleanup cleanup,
    TimeProvider time,
    ILogger<DeliveryRecordCleanupService> logger) : BackgroundService
{
    /// <summary>Far longer than Teams redelivers (minutes) and than the in-process first level remembers (30 minutes).</summary>
    public static TimeSpan Retention { get; } = TimeSpan.FromHours(24);

    public static TimeSpan Interval { get; } = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var deleted = await cleanup.DeleteReceivedBeforeAsync(time.GetUtcNow() - Retention, stoppingToken);
                if (deleted > 0)
                {
                    LogDeleted(deleted);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Storage may be briefly unavailable; the next run catches up.
                LogFailed(ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} old delivery records")]
    private partial void LogDeleted(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting old delivery records failed; the next run tries again")]
    private partial void LogFailed(Exception exception);
}
