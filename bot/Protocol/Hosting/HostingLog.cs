using Microsoft.Extensions.Logging;
using VastbusBot.Protocol.Auth;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Hosting;

/// <summary>Log messages of the inbound endpoint and the turn workers. Ids only: message text is never logged.</summary>
internal static partial class HostingLog
{
    // A reusable template: the scope state is one small object (no dictionary per turn), and its properties keep the
    // names ActivityType, ActivityId and ConversationId for providers that record scopes.
    private static readonly Func<ILogger, string?, string?, string?, IDisposable?> ActivityScope =
        LoggerMessage.DefineScope<string?, string?, string?>("{ActivityType} activity {ActivityId} in {ConversationId}");

    /// <summary>
    /// Puts the activity's ids on every log line written inside the scope (by any category). Nothing is built when
    /// this logger is off altogether: then no provider records scopes for it either.
    /// </summary>
    public static IDisposable? BeginActivityScope(ILogger logger, Activity activity) =>
        logger.IsEnabled(LogLevel.Critical) ? ActivityScope(logger, activity.Type, activity.Id, activity.Conversation?.Id) : null;

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "MicrosoftAppId is empty: running in Development WITHOUT authentication. Inbound tokens are not checked, replies carry no token, and only loopback service URLs are trusted. Never run like this outside a developer machine.")]
    public static partial void UnauthenticatedDevelopment(ILogger logger);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Bot protocol ready for app {AppId} ({AppType}), inbound tokens from {Issuer}")]
    public static partial void Ready(ILogger logger, string appId, string appType, string issuer);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Rejected request body: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Activity queue is full; answered 503")]
    public static partial void QueueFull(ILogger logger);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Duplicate {ActivityType} activity dropped")]
    public static partial void DuplicateActivity(ILogger logger, string activityType);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Duplicate invoke {InvokeName} answered from the cached response")]
    public static partial void DuplicateInvoke(ILogger logger, string? invokeName);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Error, Message = "Turn for {ActivityType} failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "Turn for {ActivityType} exceeded its {Timeout} limit and was cancelled")]
    public static partial void TurnTimedOut(ILogger logger, string activityType, TimeSpan timeout);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Turn for {ActivityType} cancelled by shutdown")]
    public static partial void TurnCancelledOnShutdown(ILogger logger, string activityType);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "{Count} accepted activities were not processed because the host is stopping")]
    public static partial void DroppedOnShutdown(ILogger logger, int count);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error, Message = "Invoke {InvokeName} failed; answered with an error body")]
    public static partial void InvokeFailed(ILogger logger, Exception exception, string? invokeName);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Error, Message = "Invoke {InvokeName} exceeded its {Timeout} budget; answered with an error body")]
    public static partial void InvokeTimedOut(ILogger logger, string? invokeName, TimeSpan timeout);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Error, Message = "Invoke {InvokeName} handler returned no response; answered with an error body")]
    public static partial void InvokeReturnedNull(ILogger logger, string? invokeName);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Debug, Message = "Request rejected with {StatusCode} ({Status})")]
    public static partial void AuthenticationFailed(ILogger logger, int statusCode, BotAuthenticationStatus status);
}
