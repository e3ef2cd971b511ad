using System.Diagnostics;
using VastbusBot.Testing;

namespace VastbusBot.Manifest.Tests.Support;

/// <summary>Runs a bash script from the repository with a controlled environment.</summary>
internal static class ScriptRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <param name="environment">Variables to set; a null value removes the variable from the inherited environment.</param>
    public static async Task<Result> RunBashAsync(string scriptRelativeToRoot, IEnumerable<string> args, IReadOnlyDictionary<string, string?> environment)
    {
        var psi = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(RepoPaths.Root, scriptRelativeToRoot));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                psi.Environment.Remove(name);
            }
            else
            {
                psi.Environment[name] = value;
            }
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("bash could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{scriptRelativeToRoot} did not finish in time");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
