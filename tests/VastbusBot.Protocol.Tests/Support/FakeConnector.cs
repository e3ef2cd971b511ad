using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace VastbusBot.Protocol.Tests.Support;

/// <summary>A scripted Bot Connector: records every request and answers from a queue (default 201 with an id).</summary>
public sealed class FakeConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public RecordedRequest[] RequestList => [.. Requests];

    public FakeConnector Then(HttpStatusCode status, string? body = null, Action<HttpResponseMessage>? configure = null)
    {
        _script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status);
            if (body is not null)
            {
                response.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            configure?.Invoke(response);
            return response;
        });
        return this;
    }

    public FakeConnector ThenThrow(Exception exception)
    {
        _script.Enqueue(_ => throw exception);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        if (_script.TryDequeue(out var next))
        {
            return next(request);
        }

        return new HttpResponseMessage(HttpStatusCode.Created)
        {
            Content = new StringContent("{\"id\":\"sent-1\"}", Encoding.UTF8, "application/json"),
        };
    }
}

public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body);
