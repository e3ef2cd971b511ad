namespace VastbusBot.GraphEmulator;

/// <summary>A planned failure: the next <see cref="Count"/> matching Graph calls answer <see cref="Status"/>.</summary>
/// <param name="Status">429, 503, 504 (or any status).</param>
/// <param name="Count">How many calls fail.</param>
/// <param name="RetryAfterSeconds">Sent as Retry-After when set.</param>
/// <param name="PathContains">Only calls whose path contains this (case-insensitive), e.g. "getSchedule".</param>
/// <param name="Method">Only calls with this HTTP method.</param>
/// <param name="AfterProcessing">
/// Do the work first, then fail: the call takes effect but the client sees an error, the case a transaction id
/// exists for (a retried create must not book twice).
/// </param>
internal sealed record FaultRule(int Status, int Count = 1, int? RetryAfterSeconds = null, string? PathContains = null, string? Method = null, bool AfterProcessing = false);

/// <summary>Planned failures, consumed in the order they were added.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<(FaultRule Rule, int Remaining)> _rules = [];

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _rules.Add((rule, rule.Count));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _rules.Sum(r => r.Remaining);
            }
        }
    }

    /// <summary>The fault for this call, if one is planned (and counts it as used).</summary>
    public FaultRule? Take(string method, string path)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, remaining) = _rules[i];
                if ((rule.Method is null || string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase))
                    && (rule.PathContains is null || path.Contains(rule.PathContains, StringComparison.OrdinalIgnoreCase)))
                {
                    if (remaining <= 1)
                    {
                        _rules.RemoveAt(i);
                    }
                    else
                    {
                        _rules[i] = (rule, remaining - 1);
                    }

                    return rule;
                }
            }

            return null;
        }
    }
}

/// <summary>A Graph call the emulator received.</summary>
/// <param name="RetryAttempt">The SDK's Retry-Attempt header (1, 2, ... on retries), when present.</param>
/// <param name="Authorization">The Authorization header's scheme ("Bearer"), when present.</param>
internal sealed record RecordedRequest(DateTimeOffset At, string Method, string Path, int? RetryAttempt, string? Authorization, string? TransactionId, int Status);

/// <summary>The calls received so far, oldest first.</summary>
internal sealed class RequestJournal
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    public void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    public IReadOnlyList<RecordedRequest> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }
}
