using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace VastbusBot.Benchmarks.Load;

/// <summary>
/// A minimal Bot Connector: accepts <c>POST v3/conversations/{id}/activities[/{replyToId}]</c>, answers
/// <c>200 {"id": "…"}</c> and hands the arrival time (a <see cref="Stopwatch"/> timestamp taken once the whole body
/// has arrived) to whoever waits for a reply in that conversation. It can hold each response back for a while, as
/// the real Bot Connector does (it answers a POST after tens of milliseconds), so a sender that waits for the
/// response is kept busy as it would be in production.
/// </summary>
internal sealed class ConnectorSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Mailbox> _mailboxes = new(StringComparer.Ordinal);
    private long _nextId;
    private long _replies;
    private long _replyBytes;
    private long _unexpected;
    private byte[]? _lastBody;

    private readonly TimeSpan _responseDelay;

    private ConnectorSink(WebApplication app, TimeSpan responseDelay)
    {
        _app = app;
        _responseDelay = responseDelay;
    }

    /// <summary>Base URL to put in activities as <c>serviceUrl</c> (with a trailing slash, like Teams).</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public long Replies => Interlocked.Read(ref _replies);

    public long ReplyBytes => Interlocked.Read(ref _replyBytes);

    /// <summary>Replies that arrived while nobody waited in their conversation (a second reply in one turn, a late reply).</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    /// <summary>The body of the most recent reply, to give the bare endpoint the same payload to send.</summary>
    public byte[]? LastBody => Volatile.Read(ref _lastBody);

    /// <param name="responseDelay">How long each response is held back after the reply has been received.</param>
    public static async Task<ConnectorSink> StartAsync(TimeSpan responseDelay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ConnectorSink(app, responseDelay);
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext ctx, string conversationId) => sink.ReceiveAsync(ctx, conversationId));
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (HttpContext ctx, string conversationId) => sink.ReceiveAsync(ctx, conversationId));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        sink.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return sink;
    }

    /// <summary>
    /// Starts waiting for the next reply in <paramref name="conversationId"/>; call it before posting the activity
    /// that causes the reply. The task ends with the reply's arrival timestamp.
    /// </summary>
    public Task<long> ExpectReply(string conversationId) => _mailboxes.GetOrAdd(conversationId, _ => new Mailbox()).Expect();

    /// <summary>Stops waiting in <paramref name="conversationId"/> (after a timeout or a failed post).</summary>
    public void CancelExpectation(string conversationId)
    {
        if (_mailboxes.TryGetValue(conversationId, out var mailbox))
        {
            mailbox.Cancel();
        }
    }

    public void ResetCounters()
    {
        Interlocked.Exchange(ref _replies, 0);
        Interlocked.Exchange(ref _replyBytes, 0);
        Interlocked.Exchange(ref _unexpected, 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext ctx, string conversationId)
    {
        using var body = new MemoryStream(8192);
        await ctx.Request.Body.CopyToAsync(body, ctx.RequestAborted);
        var arrived = Stopwatch.GetTimestamp();

        Interlocked.Increment(ref _replies);
        Interlocked.Add(ref _replyBytes, body.Length);
        Volatile.Write(ref _lastBody, body.ToArray());
        if (!_mailboxes.TryGetValue(conversationId, out var mailbox) || !mailbox.Deliver(arrived))
        {
            Interlocked.Increment(ref _unexpected);
        }

        if (_responseDelay > TimeSpan.Zero)
        {
            await Task.Delay(_responseDelay, ctx.RequestAborted);
        }

        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        ctx.Response.StatusCode = StatusCodes.Status200OK;
        ctx.Response.ContentType = "application/json; charset=utf-8";
        await ctx.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("{\"id\":\"" + id + "\"}"), ctx.RequestAborted);
    }

    /// <summary>At most one waiter per conversation: the load is a closed loop, one turn at a time.</summary>
    private sealed class Mailbox
    {
        private readonly Lock _gate = new();
        private TaskCompletionSource<long>? _waiter;

        public Task<long> Expect()
        {
            var waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                if (_waiter is not null)
                {
                    throw new InvalidOperationException("A reply is already awaited in this conversation.");
                }

                _waiter = waiter;
            }

            return waiter.Task;
        }

        public bool Deliver(long timestamp)
        {
            TaskCompletionSource<long>? waiter;
            lock (_gate)
            {
                waiter = _waiter;
                _waiter = null;
            }

            return waiter?.TrySetResult(timestamp) == true;
        }

        public void Cancel()
        {
            lock (_gate)
            {
                _waiter?.TrySetCanceled();
                _waiter = null;
            }
        }
    }
}
