using Microsoft.IdentityModel.Protocols;

namespace VastbusBot.Protocol.Auth;

/// <summary>
/// Fetches OpenID metadata and JWKS through a named <see cref="IHttpClientFactory"/> client (so tests can serve them
/// in memory), refusing plain HTTP unless explicitly allowed.
/// </summary>
internal sealed class HttpClientFactoryDocumentRetriever(IHttpClientFactory clients, string clientName, bool requireHttps) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("The metadata address is not an absolute URL.", nameof(address));
        }

        if (requireHttps && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"The metadata address must use HTTPS: {uri.GetLeftPart(UriPartial.Path)}", nameof(address));
        }

        var http = clients.CreateClient(clientName);
        using var response = await http.GetAsync(uri, cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new IOException($"Fetching {uri.GetLeftPart(UriPartial.Path)} failed with {(int)response.StatusCode}.");
        }

        return await response.Content.ReadAsStringAsync(cancel);
    }
}
