namespace VastbusBot.Protocol.Auth;

/// <summary>Development without an app id: calls go out without a token (the local Agents Playground accepts that).</summary>
public sealed class NoBotTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
