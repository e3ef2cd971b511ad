using System.Diagnostics;
using System.Net.Sockets;

namespace VastbusBot.Benchmarks.Load;

/// <summary>
/// A server the load test starts (the bot, the bare endpoint, Azurite). Output goes to a log file through the shell,
/// so draining it costs the load generator nothing; the process id is the server's own (the shell <c>exec</c>s), so
/// its memory and CPU can be read from /proc.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string logFile)
    {
        _process = process;
        LogFile = logFile;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string LogFile { get; }

    public static ServerProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, string logFile)
    {
        var psi = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("exec \"$0\" \"$@\" >\"$BENCH_LOG_FILE\" 2>&1");
        psi.ArgumentList.Add(fileName);
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        psi.Environment["BENCH_LOG_FILE"] = logFile;
        foreach (var (name, value) in environment)
        {
            psi.Environment[name] = value;
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException($"{fileName} could not be started");
        var server = new ServerProcess(process, logFile);
        AppDomain.CurrentDomain.ProcessExit += server.OnHostExit;
        return server;
    }

    /// <summary>Waits until <paramref name="ready"/> says yes, failing early when the process exits.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> ready, TimeSpan timeout, string what)
    {
        ArgumentNullException.ThrowIfNull(ready);
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{what} exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{Tail()}");
            }

            if (await ready())
            {
                return;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"{what} was not ready within {timeout.TotalSeconds} s:{Environment.NewLine}{Tail()}");
            }

            await Task.Delay(100);
        }
    }

    public static async Task<bool> IsHealthyAsync(HttpClient http, Uri url)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            using var response = await http.GetAsync(url);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The last lines of the log, for error messages.</summary>
    public string Tail(int lines = 40)
    {
        try
        {
            var all = File.ReadAllLines(LogFile);
            return string.Join(Environment.NewLine, all.Skip(Math.Max(0, all.Length - lines)));
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnHostExit;
        Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // SIGKILL was sent; do not hang the benchmark on it.
        }

        _process.Dispose();
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
