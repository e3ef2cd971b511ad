using System.Globalization;
using System.Text.RegularExpressions;

namespace VastbusBot.Testing;

/// <summary>
/// The Microsoft 365 Agents Playground (a Teams-like client with a mocked Bot Connector) from the repository's
/// node_modules, headless: no browser is opened, telemetry is off, and it runs in its own temp folder, where its
/// log file goes. See /work/shared/design/agents-playground.md for its API.
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    // Settings that would change what the playground sends (real sign-in, ids, service URL) are not inherited
    // from the environment of whoever runs the tests; pass them explicitly instead.
    private static readonly string[] ClearedVariables =
    [
        "AUTH_CLIENT_ID", "AUTH_CLIENT_SECRET", "AUTH_TENANT_ID", "M365_AGENTS_PLAYGROUND_CONFIG_PATH",
        "M365_AGENTS_PLAYGROUND_CONVERSATION_ID", "M365_AGENTS_PLAYGROUND_SERVICE_URL",
        "M365_AGENTS_PLAYGROUND_TARGET_SDK", "M365_AGENTS_PLAYGROUND_RECORDING_FILE",
    ];

    private readonly ChildProcess _process;

    private PlaygroundProcess(ChildProcess process, int port, string workingDirectory)
    {
        _process = process;
        Port = port;
        WorkingDirectory = workingDirectory;
        BaseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
    }

    /// <summary>Where the page and its API are served, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    public int Port { get; }

    /// <summary>The playground's own temp folder (deleted on dispose).</summary>
    public string WorkingDirectory { get; }

    /// <summary>The playground's log file; startup errors and bot call failures appear only here.</summary>
    public string LogPath => Path.Combine(WorkingDirectory, "m365agentsplayground.log");

    /// <summary>
    /// Starts the playground for the bot at <paramref name="botEndpoint"/> (e.g. <c>http://127.0.0.1:5000/api/messages</c>)
    /// and waits until it answers <c>/_debug/ping</c>.
    /// </summary>
    /// <param name="botEndpoint">The bot's messaging endpoint. It need not be up: the playground calls it only when used.</param>
    /// <param name="port">The port to serve on; a free one when null. A busy port fails the start instead of the playground's silent switch to a random port.</param>
    /// <param name="configPath">A <c>.m365agentsplayground.yml</c> mock tenant (e.g. <c>RepoPaths.Combine(".m365agentsplayground.yml")</c>); the built-in tenant when null.</param>
    /// <param name="environment">Extra environment variables, e.g. <c>M365_AGENTS_PLAYGROUND_TARGET_SDK</c> or <c>M365_AGENTS_PLAYGROUND_CONVERSATION_ID</c>.</param>
    public static async Task<PlaygroundProcess> StartAsync(
        string botEndpoint,
        int? port = null,
        string? configPath = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botEndpoint);
        var cli = Path.Combine(RepoPaths.Root, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"The Agents Playground is not installed ({cli} is missing): run `npm ci` in {RepoPaths.Root}.");
        }

        if (configPath is not null && !File.Exists(configPath))
        {
            throw new FileNotFoundException("Playground config file not found", configPath);
        }

        // With a port of our choosing, another process can take it first; the playground then silently listens
        // elsewhere, so we retry on a new port. A port the caller asked for is not retried.
        var attempts = port is null ? 3 : 1;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(cli, botEndpoint, port ?? FreePort.Get(), configPath, environment);
            }
            catch (PortTakenException) when (attempt < attempts)
            {
            }
        }
    }

    /// <summary>The playground's log so far (empty when it has written none).</summary>
    public string ReadLog()
    {
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (FileNotFoundException)
        {
            return string.Empty;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        ChildProcess.TryDeleteDirectory(WorkingDirectory);
    }

    private static async Task<PlaygroundProcess> StartOnceAsync(
        string cli, string botEndpoint, int port, string? configPath, IReadOnlyDictionary<string, string>? environment)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("vastbusbot-playground-").FullName;
        var psi = ChildProcess.NodeStartInfo(
            cli, ["-e", botEndpoint, "-c", "msteams", "--dt", "-p", port.ToString(CultureInfo.InvariantCulture)], workingDirectory);

        foreach (var name in ClearedVariables)
        {
            psi.Environment.Remove(name);
        }

        psi.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        psi.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workingDirectory, "m365agentsplayground.log");
        if (configPath is not null)
        {
            psi.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.GetFullPath(configPath);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[name] = value;
        }

        // With stdout not a terminal, the only line it prints is "Listening on <port>".
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = ChildProcess.Start(psi, line =>
        {
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        });
        var playground = new PlaygroundProcess(process, port, workingDirectory);
        try
        {
            await playground.WaitUntilReadyAsync(listening.Task);
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(Task<int> listening)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!listening.IsCompleted)
        {
            ThrowIfExitedOrLate(deadline, "before it printed \"Listening on …\"");
            await Task.WhenAny(listening, Task.Delay(100));
        }

        var actualPort = await listening;
        if (actualPort != Port)
        {
            throw new PortTakenException(string.Create(
                CultureInfo.InvariantCulture,
                $"Port {Port} is in use: the Agents Playground listened on {actualPort} instead."));
        }

        while (!await AnswersAsync("_debug/ping", body => body == "pong"))
        {
            ThrowIfExitedOrLate(deadline, "before /_debug/ping answered");
            await Task.Delay(100);
        }

        // An invalid config file makes it exit right after it starts listening; the test config answers only
        // once the config was loaded.
        while (!await AnswersAsync("_internal/v1/testConfig", body => body.Contains("\"config\"", StringComparison.Ordinal)))
        {
            ThrowIfExitedOrLate(deadline, "before /_internal/v1/testConfig answered");
            await Task.Delay(100);
        }

        ThrowIfExitedOrLate(deadline, "right after it started");
    }

    private async Task<bool> AnswersAsync(string path, Func<string, bool> accept)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(BaseUrl, path));
            return response.IsSuccessStatusCode && accept(await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private void ThrowIfExitedOrLate(DateTime deadline, string when)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException(
                $"The Agents Playground exited with code {_process.ExitCode} {when}. Its log ({LogPath}):{Environment.NewLine}{ReadLog()}{Environment.NewLine}{_process.RecentOutput()}");
        }

        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException(
                $"The Agents Playground did not start within {StartTimeout.TotalSeconds} s ({when}). Its log:{Environment.NewLine}{ReadLog()}");
        }
    }

    [GeneratedRegex(@"^Listening on (\d+)")]
    private static partial Regex ListeningLine();

    /// <summary>The playground moved to another port because the requested one was busy.</summary>
    private sealed class PortTakenException(string message) : InvalidOperationException(message);
}
