using System.Net;
using System.Text;

namespace VastbusBot.Protocol.Tests.Support;

/// <summary>Serves the OpenID metadata and a replaceable JWKS in memory, and counts the requests.</summary>
public sealed class MetadataServer : HttpMessageHandler
{
    private int _metadataRequests;
    private int _jwksRequests;

    public MetadataServer(string jwks)
    {
        Jwks = jwks;
    }

    public string Jwks { get; set; }

    public bool Fail { get; set; }

    public int MetadataRequests => _metadataRequests;

    public int JwksRequests => _jwksRequests;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.GetLeftPart(UriPartial.Path);
        if (Fail)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError));
        }

        string? body = null;
        if (url == TestTokens.MetadataUrl)
        {
            Interlocked.Increment(ref _metadataRequests);
            body = TestTokens.Metadata();
        }
        else if (url == TestTokens.JwksUrl)
        {
            Interlocked.Increment(ref _jwksRequests);
            body = Jwks;
        }

        return Task.FromResult(body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}

/// <summary>An <see cref="IHttpClientFactory"/> that hands out clients over one handler.</summary>
public sealed class SingleHandlerClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
