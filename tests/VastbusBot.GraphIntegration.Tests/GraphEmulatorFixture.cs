using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VastbusBot.GraphEmulator;

namespace VastbusBot.GraphIntegration.Tests;

/// <summary>The Graph emulator running in-process on a free loopback port (one per test class).</summary>
public sealed class GraphEmulatorFixture : IAsyncLifetime
{
    public const string Organizer = "kim@test.example";
    public const string OrganizerId = "11111111-1111-4111-8111-111111111111";
    public const string Alva = "alva@test.example";
    public const string Bo = "bo@test.example";

    private WebApplication? _app;

    /// <summary>http://127.0.0.1:{port}</summary>
    public string Root { get; private set; } = string.Empty;

    /// <summary>The Graph base URL for clients: {Root}/v1.0.</summary>
    public string BaseUrl => Root + "/v1.0";

    internal EmulatorState State => Services.GetRequiredService<EmulatorState>();

    internal FaultInjector Faults => Services.GetRequiredService<FaultInjector>();

    internal RequestJournal Journal => Services.GetRequiredService<RequestJournal>();

    private IServiceProvider Services => (_app ?? throw new InvalidOperationException("Not started.")).Services;

    public async Task InitializeAsync()
    {
        _app = GraphEmulatorApp.Create(["--port", "0", "--seed", "none"], builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Root = address.TrimEnd('/');
        Reset();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Back to the standard test tenant: three users, no events, no faults, an empty journal.</summary>
    internal void Reset(Action<EmulatorSeed>? adjust = null)
    {
        var seed = new EmulatorSeed
        {
            Users =
            [
                new SeedUser { Id = OrganizerId, DisplayName = "Kim Koordinator", Mail = Organizer },
                new SeedUser { DisplayName = "Alva Andersson", Mail = Alva },
                new SeedUser { DisplayName = "Bo Berglund", Mail = Bo },
            ],
        };
        adjust?.Invoke(seed);
        State.Load(seed);
        Faults.Clear();
        Journal.Clear();
    }

    /// <summary>
    /// The graph integration as the bot wires it, pointed at this emulator. The SDK's base back-off is 0 s so any
    /// wait seen in a test comes from a Retry-After header.
    /// </summary>
    public ServiceProvider CreateServices(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = BaseUrl,
            ["Graph:MaxRetries"] = "3",
            ["Graph:RetryDelaySeconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging().AddVastbusGraph(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
