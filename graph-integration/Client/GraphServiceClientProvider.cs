using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace VastbusBot.GraphIntegration.Client;

/// <summary>
/// Owns the one <see cref="GraphServiceClient"/> of the process, built on first use from <see cref="GraphOptions"/>.
/// The HTTP pipeline is the SDK's default one (GraphClientFactory.CreateDefaultHandlers) with its RetryHandler
/// configured from the options; there is deliberately no other retry layer around it.
/// </summary>
internal sealed class GraphServiceClientProvider : IDisposable
{
    private readonly IOptions<GraphOptions> _options;
    private readonly Lock _gate = new();
    private HttpClient? _httpClient;
    private GraphServiceClient? _client;

    public GraphServiceClientProvider(IOptions<GraphOptions> options) => _options = options;

    /// <summary>The client; throws <see cref="OptionsValidationException"/> when the Graph settings are invalid.</summary>
    public GraphServiceClient Client
    {
        get
        {
            lock (_gate)
            {
                if (_client is null)
                {
                    var options = _options.Value;
                    _httpClient = CreateHttpClient(options);
                    _client = new GraphServiceClient(_httpClient, CreateAuthenticationProvider(options), options.BaseUrl);
                }

                return _client;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _client?.Dispose();
            _httpClient?.Dispose();
        }
    }

    internal static HttpClient CreateHttpClient(GraphOptions options)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = handlers.OfType<RetryHandler>().Single();
        handlers[handlers.IndexOf(retry)] = new RetryHandler(CreateRetryOption(options));
        retry.Dispose();
        var client = GraphClientFactory.Create(handlers);
        client.Timeout = options.Timeout;
        return client;
    }

    internal static RetryHandlerOption CreateRetryOption(GraphOptions options) => new()
    {
        MaxRetry = options.MaxRetries,
        Delay = options.RetryDelaySeconds,
        RetriesTimeLimit = options.RetriesTimeLimit,
    };

    private static IAuthenticationProvider CreateAuthenticationProvider(GraphOptions options)
    {
        if (options.ResolveCredentialType() == GraphCredentialType.Emulator)
        {
            return new EmulatorAuthenticationProvider();
        }

        var host = new Uri(options.BaseUrl).Host;
        return new AzureIdentityAuthenticationProvider(GraphCredentialFactory.Create(options), [host], scopes: [options.Scope]);
    }
}
