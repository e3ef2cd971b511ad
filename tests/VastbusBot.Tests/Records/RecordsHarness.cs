using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Records;

/// <summary>
/// The records layer as the host wires it (<see cref="RecordsServiceCollectionExtensions.AddRecords"/>), on the
/// shared Azurite with a table prefix of its own, a fake clock and a notifier that records what it is asked to send.
/// </summary>
internal sealed class RecordsHarness : IAsyncDisposable
{
    public const string TenantA = "11111111-1111-1111-1111-111111111111";
    public const string TenantB = "22222222-2222-2222-2222-222222222222";

    // Bootstrap admin of tenant A (configuration); tenant B has its own.
    public const string AdminA = "aaaaaaaa-0000-0000-0000-000000000001";
    public const string AdminB = "bbbbbbbb-0000-0000-0000-000000000001";

    private readonly ServiceProvider _provider;

    private RecordsHarness(ServiceProvider provider, FakeTimeProvider time, RecordingNotifier notifier)
    {
        _provider = provider;
        Time = time;
        Notifier = notifier;
    }

    public FakeTimeProvider Time { get; }

    public RecordingNotifier Notifier { get; }

    public IOrganisationRegistry Registry => _provider.GetRequiredService<IOrganisationRegistry>();

    public IMeetingService Meetings => _provider.GetRequiredService<IMeetingService>();

    public IDeviationService Deviations => _provider.GetRequiredService<IDeviationService>();

    public static Actor AdminOfA => new(TenantA, AdminA, "Admin A");

    public static Actor AdminOfB => new(TenantB, AdminB, "Admin B");

    /// <param name="prefix">The table prefix; pass another harness's to share its storage (a second instance).</param>
    public static RecordsHarness Create(AzuriteFixture azurite, string? prefix = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"Organisation:Admins:{TenantA}:0"] = AdminA.ToUpperInvariant(), // ids are compared normalised
                [$"Organisation:Admins:{TenantB}:0"] = AdminB,
            })
            .Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 15, 10, 0, 0, TimeSpan.Zero));
        var notifier = new RecordingNotifier();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IDeviationNotifier>(notifier);
        services.Configure<StorageOptions>(o =>
        {
            o.ConnectionString = azurite.ConnectionString;
            o.TablePrefix = prefix ?? NewPrefix();
        });
        services.AddRecords(configuration);
        return new RecordsHarness(services.BuildServiceProvider(), time, notifier);
    }

    public static string NewPrefix() => AzuriteTables.NewPrefix();

    public static Actor User(string tenant, int n, string? name = null) =>
        new(tenant, $"{n:D8}-0000-4000-8000-000000000000", name ?? $"User {n}");

    public static PersonForm FormFor(Actor actor, string function = "Enhetschef", string organisation = "Socialtjänsten") =>
        new(actor.AadObjectId, actor.Name, function, organisation);

    public static string Submission() => Guid.NewGuid().ToString();

    /// <summary>Makes <paramref name="chair"/> chair and <paramref name="members"/> members of <paramref name="groupId"/>.</summary>
    public async Task SetUpGroupAsync(string groupId, Actor? chair, params Actor[] members)
    {
        var tenant = chair?.TenantId ?? members[0].TenantId;
        var admin = tenant == TenantB ? AdminOfB : AdminOfA;
        if (chair is not null)
        {
            Assert.IsType<ServiceResult<GroupMember>.Success>(await Registry.AssignChairAsync(admin, groupId, FormFor(chair), CancellationToken.None));
        }

        foreach (var member in members)
        {
            Assert.IsType<ServiceResult<GroupMember>.Success>(await Registry.AddMemberAsync(admin, groupId, FormFor(member), CancellationToken.None));
        }
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

/// <summary>Keeps every notice instead of sending it.</summary>
internal sealed class RecordingNotifier : IDeviationNotifier
{
    public ConcurrentQueue<DeviationNotice> Notices { get; } = new();

    public Task NotifyAsync(DeviationNotice notice, CancellationToken cancellationToken)
    {
        Notices.Enqueue(notice);
        return Task.CompletedTask;
    }
}
