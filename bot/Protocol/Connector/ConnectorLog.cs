using Microsoft.Extensions.Logging;

namespace VastbusBot.Protocol;

/// <summary>Log messages of the outbound connector client. Never logs message content.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "Bot Connector {Operation} to {Host} failed with {StatusCode} {ErrorCode} (correlation {CorrelationId})")]
    public static partial void CallFailed(ILogger logger, string operation, string host, int statusCode, string? errorCode, string? correlationId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Retrying Bot Connector {Method} to {Host} after {StatusCode}{Exception} (correlation {CorrelationId}), attempt {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string? method, string? host, int? statusCode, string? exception, string? correlationId, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "Bot Connector {Operation} to {Host} returned {StatusCode} with a body that is not the expected JSON")]
    public static partial void UnreadableSuccessBody(ILogger logger, string operation, string host, int statusCode);
}
