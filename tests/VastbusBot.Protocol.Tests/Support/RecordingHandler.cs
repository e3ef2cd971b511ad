using System.Collections.Concurrent;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Tests.Support;

/// <summary>What the handler under test saw; shared with the test through DI.</summary>
public sealed class HandlerRecorder
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<Activity>> _waiters = new(StringComparer.Ordinal);
    private int _invokeCalls;

    public ConcurrentQueue<Activity> Activities { get; } = new();

    public ConcurrentQueue<Activity> Invokes { get; } = new();

    public int InvokeCalls => _invokeCalls;

    /// <summary>What the next invokes answer; the default echoes the call number as a message.</summary>
    public Func<ITurnContext, int, Task<InvokeResponse>> OnInvoke { get; set; } =
        (_, n) => Task.FromResult(AdaptiveCardInvokeResponse.Message($"call {n}").ToInvokeResponse());

    /// <summary>Runs for each background activity after it was recorded.</summary>
    public Func<ITurnContext, Task> OnActivity { get; set; } = _ => Task.CompletedTask;

    public Task<Activity> WaitForActivityAsync(string id) =>
        Waiter(id).Task.WaitAsync(TimeSpan.FromSeconds(30));

    internal void RecordActivity(Activity activity)
    {
        Activities.Enqueue(activity);
        if (activity.Id is not null)
        {
            Waiter(activity.Id).TrySetResult(activity);
        }
    }

    internal int RecordInvoke(Activity activity)
    {
        Invokes.Enqueue(activity);
        return Interlocked.Increment(ref _invokeCalls);
    }

    private TaskCompletionSource<Activity> Waiter(string id) =>
        _waiters.GetOrAdd(id, _ => new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously));
}

public sealed class RecordingHandler(HandlerRecorder recorder) : IActivityHandler
{
    public async Task OnActivityAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await recorder.OnActivity(turn);
        }
        finally
        {
            recorder.RecordActivity(turn.Activity);
        }
    }

    public Task<InvokeResponse> OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var call = recorder.RecordInvoke(turn.Activity);
        return recorder.OnInvoke(turn, call);
    }
}
