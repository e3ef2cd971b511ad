using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace VastbusBot.Features.Reminders.Messaging;

/// <summary>
/// Paces proactive sends per tenant with a token bucket, well under Teams' 50 requests/s per app per tenant, so a
/// reminder wave never crowds out interactive replies. Each recipient is a different conversation, so the per
/// conversation limit (7/s) is not the binding one. The Bot Connector client's own retry still handles a 429.
/// </summary>
public sealed class ProactiveSendPacer : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ProactiveSendPacer(IOptions<ReminderOptions> options)
        : this(options?.Value.MaxSendsPerSecond ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public ProactiveSendPacer(int sendsPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sendsPerSecond, 1);
        _limiter = PartitionedRateLimiter.Create<string, string>(tenant => RateLimitPartition.GetTokenBucketLimiter(
            tenant,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = sendsPerSecond,
                TokensPerPeriod = sendsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Waits for a send slot for <paramref name="tenantId"/>.</summary>
    public async ValueTask WaitAsync(string tenantId, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(tenantId, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The send pacer refused a permit although its queue is unbounded.");
        }
    }

    public void Dispose() => _limiter.Dispose();
}
