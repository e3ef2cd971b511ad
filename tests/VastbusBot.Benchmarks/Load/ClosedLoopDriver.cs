using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace VastbusBot.Benchmarks.Load;

/// <summary>
/// Drives one server: first installs the app in every conversation (the server answers with a welcome), then runs
/// every conversation as a closed loop (send a message, wait for the reply at the sink, optionally pause, send the
/// next) through a warm-up and a measured period.
/// </summary>
internal sealed class ClosedLoopDriver(HttpClient http, ConnectorSink sink, LoadOptions options)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Errors => _errors;

    /// <summary>Sends installationUpdate (add) in every conversation and waits for each welcome.</summary>
    public async Task InstallAsync(Uri messagesUrl, IReadOnlyList<SimulatedConversation> conversations)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        await Task.WhenAll(conversations.Select(async c =>
        {
            var outcome = await TurnAsync(messagesUrl, c, c.InstallationUpdate());
            if (outcome is null)
            {
                throw new InvalidOperationException($"Conversation {c.Index} got no welcome: {string.Join(", ", _errors.Select(e => $"{e.Key} ×{e.Value}"))}");
            }
        }));
    }

    /// <summary>Runs the warm-up and the measured period; returns the turns completed within the measured period.</summary>
    /// <param name="onMeasureStart">Called when the measured period starts (to snapshot CPU times).</param>
    /// <param name="onMeasureEnd">Called when it ends, before the last turns in flight finish.</param>
    public async Task<IReadOnlyList<TurnSample>> RunAsync(Uri messagesUrl, IReadOnlyList<SimulatedConversation> conversations, Action onMeasureStart, Action onMeasureEnd)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        ArgumentNullException.ThrowIfNull(onMeasureStart);
        ArgumentNullException.ThrowIfNull(onMeasureEnd);
        var start = Stopwatch.GetTimestamp();
        var measureStart = start + Ticks(options.Warmup);
        var measureEnd = measureStart + Ticks(options.Duration);

        var marker = Task.Run(async () =>
        {
            await Task.Delay(Until(measureStart));
            _errors.Clear();
            onMeasureStart();
            await Task.Delay(Until(measureEnd));
            onMeasureEnd();
        });

        var perConversation = await Task.WhenAll(conversations.Select(c => LoopAsync(messagesUrl, c, measureStart, measureEnd)));
        await marker;
        return [.. perConversation.SelectMany(s => s)];
    }

    private async Task<List<TurnSample>> LoopAsync(Uri messagesUrl, SimulatedConversation conversation, long measureStart, long measureEnd)
    {
        var samples = new List<TurnSample>();
        while (Stopwatch.GetTimestamp() < measureEnd)
        {
            var outcome = await TurnAsync(messagesUrl, conversation, conversation.Message(options.Text));
            if (outcome is { } turn && turn.Replied >= measureStart && turn.Replied <= measureEnd)
            {
                samples.Add(turn);
            }
            if (outcome is null)
            {
                await Task.Delay(50); // an error: do not spin
            }
            else if (options.ThinkTime > TimeSpan.Zero)
            {
                await Task.Delay(options.ThinkTime);
            }
        }

        return samples;
    }

    /// <summary>One turn: post the activity, expect 202, wait for the reply at the sink. Null on any error.</summary>
    private async Task<TurnSample?> TurnAsync(Uri messagesUrl, SimulatedConversation conversation, byte[] activity)
    {
        var reply = sink.ExpectReply(conversation.ConversationId);
        var posted = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(activity);
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(messagesUrl, content);
            var acknowledged = Stopwatch.GetTimestamp();
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                sink.CancelExpectation(conversation.ConversationId);
                CountError($"HTTP {(int)response.StatusCode}");
                return null;
            }

            var replied = await reply.WaitAsync(options.ReplyTimeout);
            return new TurnSample(posted, acknowledged, replied);
        }
        catch (TimeoutException)
        {
            sink.CancelExpectation(conversation.ConversationId);
            CountError($"no reply within {options.ReplyTimeout.TotalSeconds} s");
            return null;
        }
        catch (HttpRequestException ex)
        {
            sink.CancelExpectation(conversation.ConversationId);
            CountError(ex.HttpRequestError.ToString());
            return null;
        }
    }

    private void CountError(string kind) => _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);

    private static TimeSpan Until(long timestamp)
    {
        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}

/// <summary>Stopwatch timestamps of one turn.</summary>
internal readonly record struct TurnSample(long Posted, long Acknowledged, long Replied)
{
    public double LatencyMs => (Replied - Posted) * 1000.0 / Stopwatch.Frequency;

    public double AcknowledgementMs => (Acknowledged - Posted) * 1000.0 / Stopwatch.Frequency;
}
