namespace VastbusBot.Benchmarks.Load;

/// <summary>The figures of one measured run against one server.</summary>
internal sealed record RunResult
{
    public required string Server { get; init; }

    public required int Round { get; init; }

    public required TimeSpan Measured { get; init; }

    public required int Turns { get; init; }

    /// <summary>From posting the user's activity to the reply's arrival at the connector sink.</summary>
    public required LatencyStats Latency { get; init; }

    /// <summary>From posting the user's activity to the 202 response.</summary>
    public required LatencyStats Acknowledgement { get; init; }

    public required int Errors { get; init; }

    public required IReadOnlyDictionary<string, int> ErrorKinds { get; init; }

    public required long UnexpectedReplies { get; init; }

    public required double MeanReplyBytes { get; init; }

    /// <summary>VmRSS of the server at the end of the measured period.</summary>
    public required long EndWorkingSet { get; init; }

    /// <summary>VmHWM of the server: the highest resident set size since it started.</summary>
    public required long PeakWorkingSet { get; init; }

    public required TimeSpan ServerCpu { get; init; }

    /// <summary>Azurite's CPU time over the measured period (bot runs with a private Azurite only).</summary>
    public TimeSpan? StorageCpu { get; init; }

    public long? StorageWorkingSet { get; init; }

    /// <summary>The load generator's and sink's own CPU time over the measured period.</summary>
    public required TimeSpan LoadCpu { get; init; }

    /// <summary>CPU time of every other process on the machine over the measured period (other sessions' builds and tests).</summary>
    public required TimeSpan OtherCpu { get; init; }

    public double TurnsPerSecond => Turns / Measured.TotalSeconds;

    /// <summary>How many cores other processes kept busy, on average, while this run was measured.</summary>
    public double OtherCores => OtherCpu / Measured;

    /// <summary>
    /// Turns/s on 2 cores of its own if the run is CPU-bound: 2 CPU-seconds per second over the CPU time per turn of
    /// every process of the run (server, Azurite, load generator and sink). Sharing the machine with other sessions
    /// changes this far less than the measured turns/s.
    /// </summary>
    public double CpuBoundTurnsPerSecond(int cores) =>
        Turns == 0 ? double.NaN : cores * 1000.0 / (CpuMsPerTurn(ServerCpu) + CpuMsPerTurn(StorageCpu ?? TimeSpan.Zero) + CpuMsPerTurn(LoadCpu));

    public double CpuMsPerTurn(TimeSpan cpu) => Turns == 0 ? double.NaN : cpu.TotalMilliseconds / Turns;
}
