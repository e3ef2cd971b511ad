using Microsoft.Extensions.Options;

namespace VastbusBot.Features.Reminders.Scheduling;

/// <summary>
/// Runs the reminder schedule every <see cref="ReminderOptions.RunInterval"/> on the instance that holds the lease.
/// The lease is kept (and renewed) between runs, released on a graceful stop, and taken over by another instance
/// when this one dies and the lease lapses. All waiting goes through <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class ReminderSchedulerService(
    IDistributedLease lease,
    ReminderRunner runner,
    IOptionsMonitor<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderSchedulerService> logger) : BackgroundService
{
    /// <summary>Raised after every cycle (whether this instance ran the schedule or not); for tests and diagnostics.</summary>
    public event Action<ReminderCycle>? CycleCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.Enabled)
        {
            LogDisabled();
            return;
        }

        // A periodic timer (rather than a delay after each run) keeps the cadence and never misses a tick that
        // falls while a run is still going; ticks that pass during a long run collapse into one.
        using var timer = new PeriodicTimer(options.CurrentValue.RunInterval, time);
        ILeaseHandle? held = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                ReminderRunSummary? summary = null;
                try
                {
                    if (held is not null && held.Lost.IsCancellationRequested)
                    {
                        await held.DisposeAsync();
                        held = null;
                    }

                    held ??= await lease.TryAcquireAsync(stoppingToken);
                    if (held is not null)
                    {
                        using var run = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, held.Lost);
                        summary = await runner.RunOnceAsync(run.Token);
                        LogRun(summary.Due, summary.Sent, summary.AlreadyHandled, summary.Unreachable, summary.Failed);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (OperationCanceledException)
                {
                    LogLeaseLostDuringRun();
                }
                catch (Exception ex)
                {
                    LogCycleFailed(ex);
                }

                CycleCompleted?.Invoke(new ReminderCycle(held is not null, summary));
                try
                {
                    if (!await timer.WaitForNextTickAsync(stoppingToken))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        finally
        {
            if (held is not null)
            {
                await held.DisposeAsync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders are disabled (Reminders:Enabled = false)")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder run: {Due} due, {Sent} sent, {AlreadyHandled} already handled, {Unreachable} without a chat, {Failed} failed")]
    private partial void LogRun(int due, int sent, int alreadyHandled, int unreachable, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reminder lease was lost during a run; the run stopped and the new lease holder continues")]
    private partial void LogLeaseLostDuringRun();

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder scheduler cycle failed; trying again next interval")]
    private partial void LogCycleFailed(Exception exception);
}

/// <summary>One scheduler cycle: whether this instance held the lease, and what its run did.</summary>
public sealed record ReminderCycle(bool Leader, ReminderRunSummary? Summary);
