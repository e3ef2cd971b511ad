using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VastbusBot.Testing;

/// <summary>One call the bot made to the connector.</summary>
public sealed record ConnectorCall(string Method, string Path, string? ConversationId, string? ActivityId, JsonObject? Body, string? Authorization)
{
    /// <summary>The first Adaptive Card attachment's content, if the activity carries one.</summary>
    public JsonObject? Card => Body?["attachments"]?.AsArray().FirstOrDefault()?["content"] as JsonObject;

    /// <summary>The card as unescaped JSON text (or null), for plain-text assertions such as "Det här kan jag".</summary>
    public string? CardText => Card?.ToJsonString(Readable);

    public string? Text => Body?["text"]?.GetValue<string>();

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>
/// A Bot Connector on a real loopback port: it takes the bot's replies like Teams' /v3 API does and records
/// them. It can also publish OpenID metadata and a JWKS for a <see cref="TestTokenIssuer"/>.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<int> _scriptedStatuses = new();
    private readonly List<(Func<ConnectorCall, bool> Match, TaskCompletionSource<ConnectorCall> Done)> _waiters = [];
    private readonly Lock _gate = new();
    private int _nextId;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The service URL to put in inbound activities, with a trailing slash like Teams sends it.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Where the OpenID metadata is served (only when started with an issuer).</summary>
    public Uri OpenIdMetadataUrl => new(ServiceUrl, "openid/.well-known/openidconfiguration");

    public IReadOnlyCollection<ConnectorCall> Calls => _calls.ToArray();

    public static async Task<FakeConnector> StartAsync(TestTokenIssuer? issuer = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        connector.Map(app, issuer);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>The next activity calls answer with these statuses (e.g. 429) before normal service resumes.</summary>
    public void ScriptFailures(params int[] statuses)
    {
        foreach (var s in statuses)
        {
            _scriptedStatuses.Enqueue(s);
        }
    }

    /// <summary>Waits for a call matching <paramref name="match"/> (including calls already made).</summary>
    public Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match, TimeSpan? timeout = null)
    {
        lock (_gate)
        {
            var existing = _calls.FirstOrDefault(match);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var tcs = new TaskCompletionSource<ConnectorCall>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, tcs));
            return tcs.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(15));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app, TestTokenIssuer? issuer)
    {
        if (issuer is not null)
        {
            app.MapGet("/openid/.well-known/openidconfiguration", () => Results.Text(
                TestTokenIssuer.OpenIdConfigurationJson(TestTokenIssuer.DefaultIssuer, new Uri(ServiceUrl, "openid/keys")), "application/json"));
            app.MapGet("/openid/keys", () => Results.Text(issuer.JwksJson(), "application/json"));
        }

        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext ctx, string conversationId) => RecordAsync(ctx, conversationId, null, StatusCodes.Status201Created));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext ctx, string conversationId, string activityId) => RecordAsync(ctx, conversationId, activityId, StatusCodes.Status201Created));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext ctx, string conversationId, string activityId) => RecordAsync(ctx, conversationId, activityId, StatusCodes.Status200OK));
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext ctx, string conversationId, string activityId) => RecordAsync(ctx, conversationId, activityId, StatusCodes.Status200OK));
        app.MapPost("/v3/conversations", (HttpContext ctx, CancellationToken _) => RecordAsync(ctx, null, null, StatusCodes.Status201Created));
    }

    private async Task<IResult> RecordAsync(HttpContext ctx, string? conversationId, string? activityId, int successStatus)
    {
        JsonObject? body = null;
        if (ctx.Request.ContentLength is > 0 || ctx.Request.Headers.TransferEncoding.Count > 0)
        {
            body = await JsonNode.ParseAsync(ctx.Request.Body) as JsonObject;
        }

        var call = new ConnectorCall(
            ctx.Request.Method,
            ctx.Request.Path.Value ?? string.Empty,
            conversationId is null ? null : Uri.UnescapeDataString(conversationId),
            activityId is null ? null : Uri.UnescapeDataString(activityId),
            body,
            ctx.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null);

        if (_scriptedStatuses.TryDequeue(out var failure))
        {
            ctx.Response.Headers.RetryAfter = "0";
            return Results.Json(new { error = new { code = "Scripted", message = "scripted failure" } }, statusCode: failure);
        }

        lock (_gate)
        {
            _calls.Enqueue(call);
            foreach (var waiter in _waiters.Where(w => w.Match(call)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(call);
            }
        }

        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ctx.Request.Path.Value == "/v3/conversations"
            ? Results.Json(new { id = "a:created-" + id, activityId = id }, statusCode: successStatus)
            : Results.Json(new { id }, statusCode: successStatus);
    }
}
