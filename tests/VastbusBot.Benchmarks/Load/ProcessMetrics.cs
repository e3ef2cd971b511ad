using System.Globalization;

namespace VastbusBot.Benchmarks.Load;

/// <summary>Memory and CPU of another process, read from Linux's <c>/proc/&lt;pid&gt;</c>.</summary>
internal static class ProcessMetrics
{
    // USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>Resident set size now (VmRSS) and its high-water mark (VmHWM), in bytes; null when the process is gone.</summary>
    public static (long Rss, long Peak)? Memory(int pid)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{pid}/status");
        }
        catch (IOException)
        {
            return null;
        }

        long rss = 0, peak = 0;
        foreach (var line in lines)
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = ParseKiloBytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = ParseKiloBytes(line);
            }
        }

        return (rss, peak);
    }

    /// <summary>User plus system CPU time the process has used so far; zero when the process is gone.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }

        // The command name (field 2) is in parentheses and may contain spaces: count fields after its closing one.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(fields[11], CultureInfo.InvariantCulture); // field 14
        var stime = long.Parse(fields[12], CultureInfo.InvariantCulture); // field 15
        return TimeSpan.FromSeconds((utime + stime) / TicksPerSecond);
    }

    /// <summary>CPU time all processes on the machine have used so far (busy time of every core, from /proc/stat).</summary>
    public static TimeSpan MachineBusyTime()
    {
        string line;
        try
        {
            line = File.ReadLines("/proc/stat").First();
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }

        // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is already in user)
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = fields.Sum() - fields[3] - fields[4];
        return TimeSpan.FromSeconds(busy / TicksPerSecond);
    }

    private static long ParseKiloBytes(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(parts[1], CultureInfo.InvariantCulture) * 1024;
    }
}
