using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;
using VastbusBot.Protocol.Hosting;

namespace VastbusBot.Protocol;

/// <summary>
/// When the connector client retries. Outbound POSTs carry no idempotency key: a POST that got a 5xx or timed out may
/// already have been delivered, so only failures that are certain to have happened before sending (or an explicit
/// 429/412 rejection) are retried for POST; idempotent methods also retry 502/503/504, timeouts and network errors.
/// </summary>
internal static class ConnectorRetryPolicy
{
    private const string CorrelationHeader = "MS-CV";
    private const string OperationHeader = "X-Correlating-OperationId";

    /// <summary>Polly's event name for one attempt of an execution.</summary>
    internal const string ExecutionAttemptEvent = "ExecutionAttempt";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, BotFrameworkOptions options, ILogger logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.AddTimeout(options.ConnectorTotalTimeout);
        if (options.ConnectorMaxRetries > 0)
        {
            AddRetry(builder, options, logger, time);
        }

        builder.AddTimeout(options.ConnectorAttemptTimeout);
    }

    private static void AddRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder, BotFrameworkOptions options, ILogger logger, TimeProvider time)
    {
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.ConnectorMaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.ConnectorRetryBaseDelay,
            MaxDelay = options.ConnectorRetryMaxDelay,
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(
                ShouldRetry(args.Context.GetRequestMessage()?.Method, args.Outcome.Result, args.Outcome.Exception)),
            DelayGenerator = args => ValueTask.FromResult(
                Cap(GetRetryAfter(args.Outcome.Result, time.GetUtcNow()), options.ConnectorRetryMaxDelay)),
            OnRetry = args =>
            {
                var request = args.Context.GetRequestMessage();
                ConnectorLog.Retrying(
                    logger,
                    request?.Method.Method,
                    request?.RequestUri?.Host,
                    args.Outcome.Result is { } response ? (int)response.StatusCode : null,
                    args.Outcome.Exception?.GetType().Name,
                    args.Outcome.Result is { } r ? GetCorrelationId(r) : null,
                    args.AttemptNumber + 1,
                    args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        });
    }

    /// <summary>
    /// Polly reports every execution attempt, a successful one at Information: a log line for each reply the bot
    /// sends, which under load costs more CPU than the retry strategy itself. A successful attempt is demoted to Debug;
    /// handled (failed) attempts, retries and timeouts keep their severity. Chains <paramref name="next"/> (an earlier
    /// provider, if the host set one).
    /// </summary>
    public static ResilienceEventSeverity QuietSuccessfulAttempts(SeverityProviderArguments args, Func<SeverityProviderArguments, ResilienceEventSeverity>? next = null)
    {
        var severity = next?.Invoke(args) ?? args.Event.Severity;
        return args.Event.EventName == ExecutionAttemptEvent && severity == ResilienceEventSeverity.Information
            ? ResilienceEventSeverity.Debug
            : severity;
    }

    /// <summary>The retry decision as a pure function of method, response and exception.</summary>
    public static bool ShouldRetry(HttpMethod? method, HttpResponseMessage? response, Exception? exception)
    {
        var idempotent = IsIdempotent(method);
        if (response is not null)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed => true,
                HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => idempotent,
                _ => false,
            };
        }

        return exception switch
        {
            null => false,
            TimeoutRejectedException => idempotent,
            HttpRequestException http => idempotent || IsCertainlyBeforeSend(http),
            _ => false,
        };
    }

    public static bool IsIdempotent(HttpMethod? method) =>
        method is not null
        && (method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete
            || method == HttpMethod.Head || method == HttpMethod.Options);

    /// <summary>DNS, connect and TLS failures: the request never reached the service.</summary>
    public static bool IsCertainlyBeforeSend(HttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError)
        {
            return true;
        }

        return exception.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable };
    }

    /// <summary>The <c>Retry-After</c> delay of a response (seconds or a date), or null.</summary>
    public static TimeSpan? GetRetryAfter(HttpResponseMessage? response, DateTimeOffset now)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    public static TimeSpan? Cap(TimeSpan? delay, TimeSpan max) => delay is { } d && d > max ? max : delay;

    public static string? GetCorrelationId(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var name in (string[])[CorrelationHeader, OperationHeader])
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                var value = values.FirstOrDefault();
                if (!string.IsNullOrEmpty(value))
                {
                    return value;
                }
            }
        }

        return null;
    }
}
