namespace VastbusBot.Protocol.Auth;

/// <summary>The bot's outbound access token for the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>A bearer token, or null when the bot runs without an app id (Development only).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
