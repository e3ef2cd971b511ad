using System.Collections.Concurrent;
using System.Diagnostics;

namespace VastbusBot.Testing;

/// <summary>
/// A long-running helper process of a test (Azurite, the Agents Playground). Its output is drained so it never
/// blocks on a full pipe, and the last lines are kept for error messages. Disposing kills the whole process tree;
/// so does the test host's exit, in case a fixture is never disposed.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 200;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Action<string>? _onLine;
    private int _disposed;

    private ChildProcess(Process process, Action<string>? onLine)
    {
        _process = process;
        _onLine = onLine;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, or null while it runs.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    // Preloaded into node children: exit when stdin (a pipe from this process) closes, i.e. when the test host
    // dies without disposing its fixtures (a crash, or a blame-hang kill), so no Azurite or playground is left.
    private const string ExitWithParentModule = "data:text/javascript,process.stdin.on('end',()=>process.exit(0)).resume()";

    /// <summary>
    /// Start info for <c>node &lt;script&gt; args…</c> in <paramref name="workingDirectory"/>; the node process
    /// ends by itself when the test host goes away.
    /// </summary>
    public static ProcessStartInfo NodeStartInfo(string script, IEnumerable<string> args, string workingDirectory)
    {
        var psi = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory };
        psi.ArgumentList.Add("--import");
        psi.ArgumentList.Add(ExitWithParentModule);
        psi.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        return psi;
    }

    /// <summary>Starts <paramref name="startInfo"/> with stdout and stderr redirected; <paramref name="onLine"/> sees every line.</summary>
    public static ChildProcess Start(ProcessStartInfo startInfo, Action<string>? onLine = null)
    {
        startInfo.UseShellExecute = false;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = true; // kept open until dispose; see ExitWithParentModule

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildProcess(process, onLine);
        process.OutputDataReceived += (_, e) => child.Record(e.Data);
        process.ErrorDataReceived += (_, e) => child.Record(e.Data);
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException($"{startInfo.FileName} could not be started");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += child.OnHostExit;
        return child;
    }

    /// <summary>The last lines the process wrote (stdout and stderr interleaved).</summary>
    public string RecentOutput() => string.Join(Environment.NewLine, _lines);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnHostExit;
        Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // It was sent SIGKILL; nothing more can be done, and the test run must not hang on it.
        }

        _process.Dispose();
    }

    /// <summary>Deletes a temp folder a child process used; a leftover folder must not fail a test run.</summary>
    public static void TryDeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        while (_lines.Count > KeptLines && _lines.TryDequeue(out _))
        {
        }

        _onLine?.Invoke(line);
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
    }

    private void OnHostExit(object? sender, EventArgs e) => Kill();
}
