using Azure.Core;
using Azure.Identity;
using VastbusBot.Protocol.Hosting;

namespace VastbusBot.Protocol.Auth;

/// <summary>
/// Token of a user-assigned managed identity (App Service / Functions), cached until five minutes before it expires.
/// </summary>
public sealed class ManagedIdentityBotTokenProvider : IBotTokenProvider, IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _request;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _cached;

    public ManagedIdentityBotTokenProvider(BotOptions bot, BotFrameworkOptions framework, TimeProvider time)
        : this(
            new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId((bot ?? throw new ArgumentNullException(nameof(bot))).MicrosoftAppId)),
            framework,
            time)
    {
    }

    /// <summary>For tests: any credential.</summary>
    public ManagedIdentityBotTokenProvider(TokenCredential credential, BotFrameworkOptions framework, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(time);
        _credential = credential;
        _request = new TokenRequestContext([framework.OAuthScope]);
        _time = time;
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_cached))
        {
            return _cached!.Value.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(_cached))
            {
                _cached = await _credential.GetTokenAsync(_request, cancellationToken);
            }

            return _cached!.Value.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsFresh(AccessToken? token) => token is { } t && t.ExpiresOn - RefreshMargin > _time.GetUtcNow();
}
