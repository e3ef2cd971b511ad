namespace VastbusBot.Protocol.Hosting;

/// <summary>
/// Whether the bot runs in the unauthenticated Development mode: no app id and the Development environment. Then
/// inbound tokens are not checked, no outbound token is sent, and only loopback service URLs are trusted.
/// </summary>
public sealed class BotRuntimeMode(bool isUnauthenticatedDevelopment)
{
    public bool IsUnauthenticatedDevelopment { get; } = isUnauthenticatedDevelopment;
}
