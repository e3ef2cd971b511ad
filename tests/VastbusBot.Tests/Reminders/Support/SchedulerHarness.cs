using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VastbusBot.Features.Reminders;
using VastbusBot.Features.Reminders.Scheduling;
using VastbusBot.Features.Reminders.Storage;
using VastbusBot.Storage;
using VastbusBot.Testing;

namespace VastbusBot.Tests.Reminders.Support;

/// <summary>
/// Several bot instances' reminder schedulers against one Azurite: each instance has its own runner, claim store,
/// lease client and scheduler service, as separate processes would; they share the storage account, the fake clock,
/// the registry and the (recording) Teams.
/// </summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    public const string Tenant = "tenant-1";

    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(60);
    private readonly AzuriteFixture _azurite;
    private readonly string _prefix = "r" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<Instance> _instances = [];

    public SchedulerHarness(AzuriteFixture azurite, DateTimeOffset start, Action<ReminderOptions>? configure = null)
    {
        _azurite = azurite;
        Time = new FakeTimeProvider(start);
        Options = new ReminderOptions { LeaseDuration = TimeSpan.FromSeconds(15), MaxSendsPerSecond = 50 };
        Options.TenantIds.Add(Tenant);
        configure?.Invoke(Options);
    }

    public FakeTimeProvider Time { get; }

    public ReminderOptions Options { get; }

    public InMemoryObligations Obligations { get; } = new();

    /// <summary>Replaces <see cref="Obligations"/> for instances started afterwards (e.g. the registry's obligations).</summary>
    public IReportObligations? ObligationSource { get; set; }

    public RecordingMessenger Messenger { get; } = new();

    public InMemoryPreferenceStore Preferences { get; } = new();

    public StorageOptions Storage => new() { ConnectionString = _azurite.ConnectionString, TablePrefix = _prefix };

    public TableProvider NewTables() => new(Microsoft.Extensions.Options.Options.Create(Storage));

    public TableReminderClaimStore NewClaimStore() => new(NewTables(), new FixedOptions<ReminderOptions>(Options), NullLogger<TableReminderClaimStore>.Instance);

    /// <summary>A new instance; started at once unless told otherwise.</summary>
    public async Task<Instance> StartInstanceAsync(string name)
    {
        var monitor = new FixedOptions<ReminderOptions>(Options);
        var tables = NewTables();
        var runner = new ReminderRunner(
            new ConfiguredReminderTenants(monitor),
            ObligationSource ?? Obligations,
            Preferences,
            new TableReminderRunLog(tables),
            new TableReminderClaimStore(tables, monitor, NullLogger<TableReminderClaimStore>.Instance),
            Messenger,
            monitor,
            Time,
            NullLogger<ReminderRunner>.Instance)
        {
            InstanceId = name,
        };
        var lease = new BlobLeaseLock(
            ReminderServiceCollectionExtensions.CreateLeaseContainer(Storage, Options),
            ReminderServiceCollectionExtensions.LeaseBlobName,
            Options.LeaseDuration,
            Time,
            NullLogger<BlobLeaseLock>.Instance);
        var service = new ReminderSchedulerService(lease, runner, monitor, Time, NullLogger<ReminderSchedulerService>.Instance);
        var instance = new Instance(name, service);
        _instances.Add(instance);
        await service.StartAsync(CancellationToken.None);
        return instance;
    }

    /// <summary>Moves the clock by one run interval and waits until every running instance has had a cycle.</summary>
    public async Task TickAsync(params Instance[] running)
    {
        foreach (var i in running)
        {
            i.Drain();
        }

        Time.Advance(Options.RunInterval);
        foreach (var i in running)
        {
            await i.NextCycleAsync();
        }
    }

    /// <summary>Jumps the clock to <paramref name="at"/> and waits until every running instance has had a cycle.</summary>
    public async Task JumpToAsync(DateTimeOffset at, params Instance[] running)
    {
        foreach (var i in running)
        {
            i.Drain();
        }

        Time.SetUtcNow(at);
        foreach (var i in running)
        {
            await i.NextCycleAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var i in _instances)
        {
            await i.StopAsync();
        }
    }

    internal sealed class Instance
    {
        private readonly Channel<ReminderCycle> _cycles = Channel.CreateUnbounded<ReminderCycle>();
        private bool _stopped;

        public Instance(string name, ReminderSchedulerService service)
        {
            Name = name;
            Service = service;
            Service.CycleCompleted += c => _cycles.Writer.TryWrite(c);
        }

        public string Name { get; }

        public ReminderSchedulerService Service { get; }

        public List<ReminderCycle> Seen { get; } = [];

        public bool EverLed => Seen.Any(c => c.Leader);

        public void Drain()
        {
            while (_cycles.Reader.TryRead(out var c))
            {
                Seen.Add(c);
            }
        }

        /// <summary>The next cycle this instance completes (a bounded real-time wait, so a hang fails the test).</summary>
        public async Task<ReminderCycle> NextCycleAsync()
        {
            using var timeout = new CancellationTokenSource(WaitLimit);
            var cycle = await _cycles.Reader.ReadAsync(timeout.Token);
            Seen.Add(cycle);
            return cycle;
        }

        public async Task StopAsync()
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            using var timeout = new CancellationTokenSource(WaitLimit);
            await Service.StopAsync(timeout.Token);
            Service.Dispose();
        }
    }
}
