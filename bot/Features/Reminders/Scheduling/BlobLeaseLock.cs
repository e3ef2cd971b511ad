using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace VastbusBot.Features.Reminders.Scheduling;

/// <summary>Leadership among the bot's instances: whoever holds the lease runs the schedule.</summary>
public interface IDistributedLease
{
    /// <summary>The lease, or null when another instance holds it.</summary>
    Task<ILeaseHandle?> TryAcquireAsync(CancellationToken cancellationToken);
}

/// <summary>A held lease. Disposing it releases the lease so another instance can take over at once.</summary>
public interface ILeaseHandle : IAsyncDisposable
{
    /// <summary>Cancelled when the lease could not be renewed in time (another instance may hold it now).</summary>
    CancellationToken Lost { get; }
}

/// <summary>
/// A blob lease (15–60 s) renewed every third of its duration while held. If this instance dies, the lease lapses and
/// another instance acquires it on its next try; a graceful stop releases it at once.
/// </summary>
public sealed partial class BlobLeaseLock(
    BlobContainerClient container,
    string blobName,
    TimeSpan duration,
    TimeProvider time,
    ILogger<BlobLeaseLock> logger) : IDistributedLease
{
    private bool _blobReady;

    public async Task<ILeaseHandle?> TryAcquireAsync(CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(blobName);
        if (!_blobReady)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            try
            {
                await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Exists already (and may be leased): fine.
            }

            _blobReady = true;
        }

        var lease = blob.GetBlobLeaseClient(Guid.NewGuid().ToString());
        try
        {
            await lease.AcquireAsync(duration, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null; // LeaseAlreadyPresent: another instance leads
        }

        LogAcquired(blobName, lease.LeaseId);
        return new Handle(lease, duration, time, logger);
    }

    private sealed class Handle : ILeaseHandle
    {
        private readonly BlobLeaseClient _lease;
        private readonly TimeSpan _duration;
        private readonly TimeProvider _time;
        private readonly ILogger _logger;
        private readonly CancellationTokenSource _lost = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewal;

        public Handle(BlobLeaseClient lease, TimeSpan duration, TimeProvider time, ILogger logger)
        {
            _lease = lease;
            _duration = duration;
            _time = time;
            _logger = logger;
            _renewal = Task.Run(RenewLoopAsync);
        }

        public CancellationToken Lost => _lost.Token;

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewal;
            try
            {
                if (!_lost.IsCancellationRequested)
                {
                    await _lease.ReleaseAsync();
                    LogReleased(_logger, _lease.LeaseId);
                }
            }
            catch (RequestFailedException ex)
            {
                LogReleaseFailed(_logger, ex, _lease.LeaseId); // it lapses on its own
            }

            _lost.Dispose();
            _stop.Dispose();
        }

        private async Task RenewLoopAsync()
        {
            var period = _duration / 3;
            var lastRenewed = _time.GetUtcNow();
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(period, _time, _stop.Token);
                    await _lease.RenewAsync(cancellationToken: _stop.Token);
                    lastRenewed = _time.GetUtcNow();
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (RequestFailedException ex) when (ex.Status is 409 or 412)
                {
                    LogLost(_logger, _lease.LeaseId, ex.ErrorCode);
                    await _lost.CancelAsync();
                    return;
                }
                catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or TimeoutException)
                {
                    // Transient: keep trying until the lease would have lapsed.
                    if (_time.GetUtcNow() - lastRenewed >= _duration)
                    {
                        LogLost(_logger, _lease.LeaseId, ex.GetType().Name);
                        await _lost.CancelAsync();
                        return;
                    }
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Acquired the reminder scheduler lease on {Blob} ({LeaseId})")]
    private partial void LogAcquired(string blob, string leaseId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Released the reminder scheduler lease {LeaseId}")]
    private static partial void LogReleased(ILogger logger, string leaseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the reminder scheduler lease {LeaseId}; it lapses on its own")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string leaseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the reminder scheduler lease {LeaseId} ({Reason}); stopping this run")]
    private static partial void LogLost(ILogger logger, string leaseId, string? reason);
}
