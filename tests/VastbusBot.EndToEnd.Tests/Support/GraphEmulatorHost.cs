extern alias GraphEmulator;

using GraphEmulator::VastbusBot.GraphEmulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VastbusBot.EndToEnd.Tests.Support;

/// <summary>
/// The Graph emulator in the test process on a free loopback port, seeded like scripts/run-local.sh seeds it
/// (scripts/dev/graph-seed.playground.json: the playground's users, with their weekly busy times).
/// </summary>
internal sealed class GraphEmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphEmulatorHost(WebApplication app, GraphEmulatorControl control)
    {
        _app = app;
        Control = control;
    }

    /// <summary>Seed, faults, and the events the bot created.</summary>
    public GraphEmulatorControl Control { get; }

    public static async Task<GraphEmulatorHost> StartAsync()
    {
        var seed = RepoPaths.Combine("scripts", "dev", "graph-seed.playground.json");
        var app = GraphEmulatorApp.Create(["--port", "0", "--seed", seed], builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new GraphEmulatorHost(app, new GraphEmulatorControl(new Uri(address.TrimEnd('/') + "/")));
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await _app.DisposeAsync();
    }
}
