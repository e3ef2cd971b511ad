using System.Diagnostics;

namespace VastbusBot.Testing;

/// <summary>Runs a node script from the repository (tests/tools, node_modules) and captures its output.</summary>
public static class NodeTool
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>Runs <c>node &lt;script&gt; args…</c> with the repository root as working directory.</summary>
    public static async Task<Result> RunAsync(string scriptRelativeToRoot, IEnumerable<string> args, string? stdin = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(RepoPaths.Root, scriptRelativeToRoot));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("node could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {scriptRelativeToRoot} did not finish in time");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
