using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Hosting;

/// <summary>
/// Runs queued activities: one worker per queue partition; each turn gets a fresh DI scope, the deduplicator's
/// verdict and the turn timeout. A failing turn is logged and never stops the worker.
/// </summary>
internal sealed class ActivityProcessingService(
    ActivityQueue queue,
    IServiceScopeFactory scopes,
    IOptions<BotFrameworkOptions> options,
    ILogger<ActivityProcessingService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, queue.PartitionCount).Select(p => RunWorkerAsync(p, stoppingToken)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Activities still queued were already answered 202; they are lost on shutdown (logged by count).
        queue.Complete();
        await base.StopAsync(cancellationToken);
    }

    private async Task RunWorkerAsync(int partition, CancellationToken stoppingToken)
    {
        var reader = queue.Reader(partition);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                while (!stoppingToken.IsCancellationRequested && reader.TryRead(out var activity))
                {
                    await ProcessAsync(activity, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }

        if (reader.CanCount && reader.Count > 0)
        {
            HostingLog.DroppedOnShutdown(logger, reader.Count);
        }
    }

    internal async Task ProcessAsync(Activity activity, CancellationToken stoppingToken)
    {
        using var logScope = HostingLog.BeginActivityScope(logger, activity);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(options.Value.TurnTimeout);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var deduplicator = services.GetRequiredService<IActivityDeduplicator>();
            if (!await deduplicator.TryBeginAsync(activity, timeout.Token))
            {
                HostingLog.DuplicateActivity(logger, activity.Type);
                return;
            }

            var handler = services.GetRequiredService<IActivityHandler>();
            var turn = new TurnContext(activity, services.GetRequiredService<IConnectorClient>());
            await handler.OnActivityAsync(turn, timeout.Token);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            HostingLog.TurnCancelledOnShutdown(logger, activity.Type);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            HostingLog.TurnTimedOut(logger, activity.Type, options.Value.TurnTimeout);
        }
        catch (Exception ex) // a turn may fail in any way; the worker must survive it
        {
            HostingLog.TurnFailed(logger, ex, activity.Type);
        }
    }
}
