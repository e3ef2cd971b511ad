using System.Net;

namespace VastbusBot.Protocol;

/// <summary>The Bot Connector answered a call with a non-success status.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
        : this(HttpStatusCode.InternalServerError, null, null, null, null)
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string? errorMessage, TimeSpan? retryAfter, string? correlationId)
        : base(BuildMessage(statusCode, errorCode, errorMessage))
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        RetryAfter = retryAfter;
        CorrelationId = correlationId;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>From the <c>{"error":{"code"}}</c> body, e.g. <c>ConversationBlockedByUser</c>.</summary>
    public string? ErrorCode { get; }

    public string? ErrorMessage { get; }

    /// <summary>The <c>Retry-After</c> of a 429, when present.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The <c>MS-CV</c> or <c>X-Correlating-OperationId</c> header, for support cases.</summary>
    public string? CorrelationId { get; }

    /// <summary>
    /// 403 (bot blocked, removed or disabled) or 404 (conversation or activity gone): do not retry; mark the
    /// conversation unusable until the user writes again or reinstalls.
    /// </summary>
    public bool IsRecipientGone => StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;

    /// <summary>429: the caller sent too fast even after the client's own retries.</summary>
    public bool IsThrottled => StatusCode == HttpStatusCode.TooManyRequests;

    private static string BuildMessage(HttpStatusCode statusCode, string? errorCode, string? errorMessage) =>
        $"Bot Connector call failed with {(int)statusCode} {statusCode}"
        + (errorCode is null ? string.Empty : $" ({errorCode})")
        + (errorMessage is null ? "." : $": {errorMessage}");
}
