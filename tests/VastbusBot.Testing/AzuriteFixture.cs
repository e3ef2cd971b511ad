using System.Globalization;
using Xunit;

namespace VastbusBot.Testing;

/// <summary>
/// A private Azurite (Azure Storage emulator) from the repository's node_modules, on free loopback ports and in
/// memory only, so tests never touch a developer's <c>.azurite/</c> data or an Azurite that is already running.
/// </summary>
/// <remarks>
/// xunit only honours collection definitions in the test assembly itself, so each test project declares its own:
/// <code>
/// [CollectionDefinition(Name)]
/// public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt; { public const string Name = "Azurite"; }
/// </code>
/// and its tests take the fixture with <c>[Collection(AzuriteCollection.Name)]</c>. Tests sharing it should use
/// their own table names (or prefixes).
/// </remarks>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The well-known development account every Azurite accepts.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The development account's well-known (public) key.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private ChildProcess? _process;
    private string? _workDirectory;

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

    /// <summary>The full connection string for this instance (not <c>UseDevelopmentStorage=true</c>, which means the default ports).</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public Uri TableEndpoint => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{TablePort}/{AccountName}"));

    public async Task InitializeAsync()
    {
        var script = Path.Combine(RepoPaths.Root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run `npm ci` in {RepoPaths.Root}.");
        }

        // A free port can be taken by someone else before Azurite binds it; then Azurite exits and we try new ports.
        // (--inMemoryPersistence rules out --location; the temp working folder catches anything it still writes.)
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartAsync(script);
                return;
            }
            catch (InvalidOperationException) when (attempt < attempts && _process?.RecentOutput().Contains("EADDRINUSE", StringComparison.Ordinal) == true)
            {
                await StopAsync();
            }
            catch
            {
                await StopAsync(); // do not rely on DisposeAsync after a failed start
                throw;
            }
        }
    }

    public async Task DisposeAsync() => await StopAsync();

    private async Task StartAsync(string script)
    {
        var ports = FreePort.GetMany(3);
        (BlobPort, QueuePort, TablePort) = (ports[0], ports[1], ports[2]);
        _workDirectory = Directory.CreateTempSubdirectory("vastbusbot-azurite-").FullName;

        var psi = ChildProcess.NodeStartInfo(
            script,
            [
                "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent",
                "--blobHost", "127.0.0.1", "--blobPort", Invariant(BlobPort),
                "--queueHost", "127.0.0.1", "--queuePort", Invariant(QueuePort),
                "--tableHost", "127.0.0.1", "--tablePort", Invariant(TablePort),
            ],
            _workDirectory);
        _process = ChildProcess.Start(psi);
        await WaitUntilListeningAsync(_process);

        ConnectionString = string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};" +
            $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
            $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};");
    }

    private async Task WaitUntilListeningAsync(ChildProcess process)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Azurite exited with code {process.ExitCode} before it listened on ports {BlobPort}/{QueuePort}/{TablePort}:{Environment.NewLine}{process.RecentOutput()}");
            }

            if (await FreePort.IsOpenAsync(TablePort) && await FreePort.IsOpenAsync(BlobPort) && await FreePort.IsOpenAsync(QueuePort))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Azurite did not listen on ports {BlobPort}/{QueuePort}/{TablePort} within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{process.RecentOutput()}");
            }

            await Task.Delay(100);
        }
    }

    private async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
            _process = null;
        }

        if (_workDirectory is not null)
        {
            ChildProcess.TryDeleteDirectory(_workDirectory);
            _workDirectory = null;
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
