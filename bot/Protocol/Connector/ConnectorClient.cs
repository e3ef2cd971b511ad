using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol;

/// <summary>
/// <see cref="IConnectorClient"/> on a typed <see cref="HttpClient"/>. The client's pipeline adds the bearer token
/// (<see cref="Auth.BotAuthenticationHandler"/>) and the retry policy (<see cref="ConnectorRetryPolicy"/>).
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    /// <summary>The named HttpClient; tests and hosts can reconfigure it (e.g. its primary handler) by this name.</summary>
    public const string HttpClientName = "VastbusBot.Protocol.Connector";

    private const int MaxErrorBodyChars = 4096;
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly ITrustedServiceUrls _trusted;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(HttpClient http, ITrustedServiceUrls trusted, ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(trusted);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _trusted = trusted;
        _logger = logger;
    }

    public async Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        var uri = BuildUri(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities");
        return await SendAsync<ResourceResponse>(HttpMethod.Post, uri, activity, "SendToConversation", ct) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        activity.ReplyToId ??= activityId;
        var uri = BuildUri(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");
        return await SendAsync<ResourceResponse>(HttpMethod.Post, uri, activity, "ReplyToActivity", ct) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id ??= activityId;
        var uri = BuildUri(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");
        return await SendAsync<ResourceResponse>(HttpMethod.Put, uri, activity, "UpdateActivity", ct) ?? new ResourceResponse { Id = activityId };
    }

    public async Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var uri = BuildUri(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");
        await SendAsync<ResourceResponse>(HttpMethod.Delete, uri, null, "DeleteActivity", ct);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var uri = BuildUri(serviceUrl, "v3/conversations");
        return await SendAsync<ConversationResourceResponse>(HttpMethod.Post, uri, parameters, "CreateConversation", ct) ?? new ConversationResourceResponse();
    }

    /// <summary>
    /// Joins the service URL (with or without a trailing slash, keeping its path such as <c>/teams/</c> or
    /// <c>/amer/</c>) and an already escaped relative path.
    /// </summary>
    internal static Uri BuildUri(Uri serviceUrl, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The service URL must be absolute.", nameof(serviceUrl));
        }

        var baseText = serviceUrl.GetLeftPart(UriPartial.Path);
        if (!baseText.EndsWith('/'))
        {
            baseText += "/";
        }

        return new Uri(baseText + relativePath, UriKind.Absolute);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private async Task<T?> SendAsync<T>(HttpMethod method, Uri uri, object? body, string operation, CancellationToken ct)
        where T : class
    {
        // Checked here as well as in the auth handler so an untrusted call never even builds a request.
        if (!_trusted.IsTrusted(uri))
        {
            throw new UntrustedServiceUrlException(uri);
        }

        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            // Bytes rather than a streaming JsonContent so the retry policy can resend the same content.
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options));
            content.Headers.ContentType = JsonMediaType;
            request.Content = content;
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateExceptionAsync(operation, uri, response, ct);
        }

        var text = await response.Content.ReadAsStringAsync(ct);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            // A 2xx with an unexpected body still means success; only the id is lost.
            ConnectorLog.UnreadableSuccessBody(_logger, operation, uri.Host, (int)response.StatusCode);
            return null;
        }
    }

    private async Task<ConnectorException> CreateExceptionAsync(string operation, Uri uri, HttpResponseMessage response, CancellationToken ct)
    {
        string? code = null;
        string? message = null;
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            (code, message) = ParseError(text.Length > MaxErrorBodyChars ? text[..MaxErrorBodyChars] : text);
        }
        catch (HttpRequestException)
        {
            // The status is what matters; a broken error body must not hide it.
        }

        var correlationId = ConnectorRetryPolicy.GetCorrelationId(response);
        var retryAfter = ConnectorRetryPolicy.GetRetryAfter(response, TimeProvider.System.GetUtcNow());
        ConnectorLog.CallFailed(_logger, operation, uri.Host, (int)response.StatusCode, code, correlationId);
        return new ConnectorException(response.StatusCode, code, message, retryAfter, correlationId);
    }

    /// <summary>Reads <c>{"error":{"code","message"}}</c>; tolerates any other body.</summary>
    internal static (string? Code, string? Message) ParseError(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (JsonProperties.TryGetProperty(document.RootElement, "error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (JsonProperties.GetString(error, "code"), JsonProperties.GetString(error, "message"));
            }
        }
        catch (JsonException)
        {
            // Not JSON (e.g. an HTML error page from a proxy).
        }

        return (null, null);
    }
}
