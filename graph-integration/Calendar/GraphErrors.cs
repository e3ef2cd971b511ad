using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace VastbusBot.GraphIntegration.Calendar;

/// <summary>Maps what a Graph call can throw to a typed outcome.</summary>
internal static class GraphErrors
{
    /// <summary>
    /// The outcome for <paramref name="exception"/>, or null for an exception that is not a Graph failure (a bug,
    /// or the caller's own cancellation), which the caller lets through.
    /// </summary>
    public static (GraphOutcome Outcome, string Detail, TimeSpan? RetryAfter)? Classify(Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            // The SDK's RetryHandler throws this when its retries are used up; the last inner exception is the final answer.
            case AggregateException aggregate when aggregate.InnerExceptions.LastOrDefault() is ApiException last:
                return FromStatus(last);
            case ApiException api:
                return FromStatus(api);
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case OperationCanceledException:
                return (GraphOutcome.Unavailable, "timeout", null);
            case HttpRequestException http:
                return (GraphOutcome.Unavailable, http.HttpRequestError.ToString(), null);
            case OptionsValidationException options:
                return (GraphOutcome.NotConfigured, options.Message, null);
            case CredentialUnavailableException or AuthenticationFailedException:
                return (GraphOutcome.NotConfigured, exception.GetType().Name, null);
            default:
                return null;
        }
    }

    private static (GraphOutcome, string, TimeSpan?) FromStatus(ApiException exception)
    {
        var status = exception.ResponseStatusCode;
        var code = exception is ODataError { Error.Code: { } errorCode } ? errorCode : null;
        var detail = code is null ? $"HTTP {status}" : $"HTTP {status} {code}";
        var outcome = status switch
        {
            429 or 503 or 504 => GraphOutcome.Busy,
            404 => GraphOutcome.NotFound,
            401 or 403 => GraphOutcome.Forbidden,
            400 or 422 => GraphOutcome.Invalid,
            _ => GraphOutcome.Failed,
        };
        return (outcome, detail, outcome == GraphOutcome.Busy ? RetryAfter(exception) : null);
    }

    private static TimeSpan? RetryAfter(ApiException exception)
    {
        foreach (var (name, values) in exception.ResponseHeaders)
        {
            if (string.Equals(name, "Retry-After", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(values.FirstOrDefault(), out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }

        return null;
    }
}
