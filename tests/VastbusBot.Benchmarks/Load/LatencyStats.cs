namespace VastbusBot.Benchmarks.Load;

/// <summary>Percentiles of a set of latencies (nearest-rank on the sorted samples).</summary>
internal sealed class LatencyStats
{
    private readonly double[] _sortedMs;

    public LatencyStats(IEnumerable<double> milliseconds)
    {
        _sortedMs = [.. milliseconds];
        Array.Sort(_sortedMs);
    }

    public int Count => _sortedMs.Length;

    public double Max => _sortedMs.Length == 0 ? double.NaN : _sortedMs[^1];

    public double Mean => _sortedMs.Length == 0 ? double.NaN : _sortedMs.Average();

    /// <summary>The smallest sample that at least <paramref name="percent"/> % of the samples do not exceed.</summary>
    public double Percentile(double percent)
    {
        if (_sortedMs.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * _sortedMs.Length);
        return _sortedMs[Math.Clamp(rank - 1, 0, _sortedMs.Length - 1)];
    }
}
