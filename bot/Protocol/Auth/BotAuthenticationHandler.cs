using System.Net.Http.Headers;

namespace VastbusBot.Protocol.Auth;

/// <summary>
/// Adds the bot's bearer token to outbound connector calls, and refuses (before sending anything) any call to a host
/// that is not trusted, so the token cannot be sent to an address an attacker chose.
/// </summary>
public sealed class BotAuthenticationHandler(IBotTokenProvider tokens, ITrustedServiceUrls trusted) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is null || !trusted.IsTrusted(request.RequestUri))
        {
            throw new UntrustedServiceUrlException(request.RequestUri);
        }

        var token = await tokens.GetTokenAsync(cancellationToken);
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
