using System.Diagnostics.CodeAnalysis;

namespace VastbusBot.GraphIntegration.Calendar;

/// <summary>How a Graph call ended. Every failure is one of these; none reaches the caller as an exception.</summary>
public enum GraphOutcome
{
    Success,

    /// <summary>Graph throttled (429) or was unavailable (503, 504) and the SDK's retries are used up: try again in a moment.</summary>
    Busy,

    /// <summary>Graph could not be reached or did not answer in time: try again in a moment.</summary>
    Unavailable,

    /// <summary>The user, mailbox or event does not exist (or the event was cancelled).</summary>
    NotFound,

    /// <summary>401/403: a missing permission or an application access policy that does not cover the mailbox.</summary>
    Forbidden,

    /// <summary>Graph rejected the request as invalid (400).</summary>
    Invalid,

    /// <summary>The Graph settings are missing or invalid, or no token could be obtained.</summary>
    NotConfigured,

    /// <summary>Any other failure.</summary>
    Failed,
}

/// <summary>The result of a Graph call: a value, or a typed outcome the bot turns into a friendly message.</summary>
public sealed class GraphResult<T>
{
    private GraphResult(GraphOutcome outcome, T? value, TimeSpan? retryAfter, string? detail)
    {
        Outcome = outcome;
        Value = value;
        RetryAfter = retryAfter;
        Detail = detail;
    }

    public GraphOutcome Outcome { get; }

    public T? Value { get; }

    /// <summary>For <see cref="GraphOutcome.Busy"/>: how long Graph asked us to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>A technical detail (Graph's error code, status) for logs; never shown to users.</summary>
    public string? Detail { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Outcome == GraphOutcome.Success;

    /// <summary>True when the same call is likely to work a little later ("try again in a moment").</summary>
    public bool IsTransient => Outcome is GraphOutcome.Busy or GraphOutcome.Unavailable;

    public static GraphResult<T> Ok(T value) => new(GraphOutcome.Success, value, null, null);

    public static GraphResult<T> Fail(GraphOutcome outcome, string? detail = null, TimeSpan? retryAfter = null)
    {
        if (outcome == GraphOutcome.Success)
        {
            throw new ArgumentException("A failure needs a failure outcome.", nameof(outcome));
        }

        return new(outcome, default, retryAfter, detail);
    }

    /// <summary>The same failure for a different value type (for composed operations).</summary>
    public GraphResult<TOther> As<TOther>() =>
        IsSuccess ? throw new InvalidOperationException("Only a failure can be converted.") : GraphResult<TOther>.Fail(Outcome, Detail, RetryAfter);

    public override string ToString() => IsSuccess ? $"Success: {Value}" : $"{Outcome} ({Detail})";
}
