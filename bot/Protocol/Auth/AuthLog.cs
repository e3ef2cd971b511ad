using Microsoft.Extensions.Logging;

namespace VastbusBot.Protocol.Auth;

internal static partial class AuthLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Inbound request rejected ({Status}): {Reason}")]
    public static partial void TokenRejected(ILogger logger, BotAuthenticationStatus status, string? reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "The Bot Framework OpenID metadata or signing keys could not be fetched")]
    public static partial void MetadataUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "A token named an unknown signing key and the forced metadata refresh did not finish in time")]
    public static partial void ForcedRefreshTimedOut(ILogger logger);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Acquiring the bot's outbound token failed")]
    public static partial void TokenAcquisitionFailed(ILogger logger, Exception exception);
}
