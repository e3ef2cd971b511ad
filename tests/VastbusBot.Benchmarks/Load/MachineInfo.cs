using System.Globalization;
using System.Runtime.InteropServices;

namespace VastbusBot.Benchmarks.Load;

/// <summary>What the figures were measured on, and how busy it was.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = ReadCpuModel() ?? RuntimeInformation.ProcessArchitecture.ToString();
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({cpu}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {LoadAverageText()}");
    }

    private static string LoadAverageText()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string? ReadCpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo")
                .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?
                .Split(':', 2)[1].Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
