extern alias GraphEmulator;

using GraphEmulator::VastbusBot.GraphEmulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VastbusBot.Testing;

namespace VastbusBot.Tests.Booking;

/// <summary>The Graph emulator in-process on a free loopback port, with an empty tenant; tests seed it through its control API.</summary>
public sealed class GraphEmulatorFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private GraphEmulatorControl? _control;

    public GraphEmulatorControl Control => _control ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _app = GraphEmulatorApp.Create(["--port", "0", "--seed", "none"], builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        _control = new GraphEmulatorControl(new Uri(address.TrimEnd('/') + "/"));
    }

    public async Task DisposeAsync()
    {
        _control?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
