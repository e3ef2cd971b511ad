using System.Globalization;
using System.Text;

namespace VastbusBot.Benchmarks.Load;

/// <summary>The load test's figures as a Markdown table, with the bot-to-bare ratio and the issue's targets.</summary>
internal static class Report
{
    private const double MinThroughputRatio = 0.70;
    private const double MaxP99Ms = 50;
    private const double MaxWorkingSetMb = 200;

    /// <summary>The baseline's label; every other server is a bot variant.</summary>
    public const string BareLabel = "bare";

    /// <summary>The cores the targets are set for.</summary>
    private const int Cores = 2;

    public static string Line(RunResult r) => Invariant(
        $"[{r.Server}, round {r.Round}] {r.TurnsPerSecond:F0} turns/s, p50 {r.Latency.Percentile(50):F1} ms, p99 {r.Latency.Percentile(99):F1} ms, errors {r.Errors}, working set {Mb(r.EndWorkingSet):F0} MB (peak {Mb(r.PeakWorkingSet):F0} MB), other processes used {r.OtherCores:F2} cores");

    public static string Markdown(LoadOptions options, string machine, IReadOnlyList<RunResult> results)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(results);
        var sb = new StringBuilder();

        // With think time the offered load, not the server, sets the throughput; CPU per turn then includes idle costs.
        var saturated = options.ThinkTime == TimeSpan.Zero;
        sb.AppendLine(Invariant($"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {machine}."));
        sb.AppendLine(Invariant(
            $"{options.Conversations} concurrent conversations (closed loop, {(options.ThinkTime > TimeSpan.Zero ? $"{options.ThinkTime.TotalMilliseconds:F0} ms think time" : "no think time")}), {options.Warmup.TotalSeconds:F0} s warm-up, {options.Duration.TotalSeconds:F0} s measured, message \"{options.Text}\", connector response delay {options.ConnectorDelay.TotalMilliseconds:F0} ms, {options.Rounds} round(s)."));
        sb.AppendLine();
        sb.AppendLine("| Server | Round | Other load (cores) | Turns/s | p50 ms | p95 ms | p99 ms | Max ms | 202 p99 ms | Errors | Reply bytes | Working set end MB | Peak MB | Server CPU ms/turn | Azurite CPU ms/turn | Load gen CPU ms/turn | CPU-bound turns/s on 2 cores |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            sb.AppendLine(Invariant(
                $"| {r.Server} | {r.Round} | {r.OtherCores:F2} | {r.TurnsPerSecond:F0} | {r.Latency.Percentile(50):F1} | {r.Latency.Percentile(95):F1} | {r.Latency.Percentile(99):F1} | {r.Latency.Max:F1} | {r.Acknowledgement.Percentile(99):F1} | {r.Errors} | {r.MeanReplyBytes:F0} | {Mb(r.EndWorkingSet):F0} | {Mb(r.PeakWorkingSet):F0} | {r.CpuMsPerTurn(r.ServerCpu):F2} | {(r.StorageCpu is { } s ? r.CpuMsPerTurn(s).ToString("F2", CultureInfo.InvariantCulture) : "–")} | {r.CpuMsPerTurn(r.LoadCpu):F2} | {(saturated ? r.CpuBoundTurnsPerSecond(Cores).ToString("F0", CultureInfo.InvariantCulture) : "–")} |"));
        }

        var storage = results.Where(r => r.StorageWorkingSet is > 0).Select(r => Mb(r.StorageWorkingSet!.Value)).ToList();
        if (storage.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(Invariant($"Azurite (the bot's storage, a separate node process on the same cores) ended at {storage.Min():F0}–{storage.Max():F0} MB; its memory is not counted in the bot's working set."));
        }

        foreach (var r in results.Where(r => r.Errors > 0 || r.UnexpectedReplies > 0))
        {
            sb.AppendLine();
            sb.Append(Invariant($"{r.Server}, round {r.Round}: {r.UnexpectedReplies} unexpected replies; errors: "));
            sb.AppendLine(r.ErrorKinds.Count == 0 ? "none" : string.Join(", ", r.ErrorKinds.Select(e => $"{e.Key} ×{e.Value}")));
        }

        var bares = results.Where(r => r.Server == BareLabel).ToList();
        foreach (var bots in results.Where(r => r.Server != BareLabel).GroupBy(r => r.Server))
        {
            var throughput = Median(bots.Select(r => r.TurnsPerSecond));
            var p99 = Median(bots.Select(r => r.Latency.Percentile(99)));
            var peak = bots.Max(r => Mb(r.PeakWorkingSet));
            sb.AppendLine();
            sb.AppendLine(Invariant($"Targets for {bots.Key} (medians over rounds; the peak working set is the highest of any round):"));
            if (!saturated)
            {
                sb.AppendLine("- throughput: set by the think time here (the servers are not saturated), so not compared");
            }
            else if (bares.Count > 0)
            {
                var ratio = throughput / Median(bares.Select(r => r.TurnsPerSecond));
                sb.AppendLine(Invariant($"- throughput {throughput:F0} turns/s = {ratio:P0} of the bare endpoint's (target ≥ {MinThroughputRatio:P0}): {Verdict(ratio >= MinThroughputRatio)}"));
                var cpuRatio = Median(bots.Select(r => r.CpuBoundTurnsPerSecond(Cores))) / Median(bares.Select(r => r.CpuBoundTurnsPerSecond(Cores)));
                sb.AppendLine(Invariant($"- by CPU time per turn (what 2 cores of its own would give): {cpuRatio:P0} of the bare endpoint's"));
            }

            sb.AppendLine(Invariant($"- p99 latency {p99:F1} ms at {options.Conversations} conversations (target < {MaxP99Ms:F0} ms): {Verdict(p99 < MaxP99Ms)}"));
            sb.AppendLine(Invariant($"- peak working set {peak:F0} MB (target < {MaxWorkingSetMb:F0} MB): {Verdict(peak < MaxWorkingSetMb)}"));
        }

        return sb.ToString();
    }

    private static string Verdict(bool met) => met ? "met" : "**missed**";

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
