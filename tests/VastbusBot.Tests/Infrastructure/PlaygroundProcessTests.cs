using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VastbusBot.Testing;

namespace VastbusBot.Tests.Infrastructure;

/// <summary>The Agents Playground as a test process: its API, its mock tenant, its bot endpoint, its lifetime.</summary>
public sealed class PlaygroundProcessTests
{
    private static string UnusedBotEndpoint() => $"http://127.0.0.1:{FreePort.Get()}/api/messages";

    private static async Task<JsonNode> GetTestConfigAsync(PlaygroundProcess playground)
    {
        using var http = new HttpClient { BaseAddress = playground.BaseUrl };
        var json = await http.GetStringAsync(new Uri("_internal/v1/testConfig", UriKind.Relative));
        return JsonNode.Parse(json)!["config"]!;
    }

    [Fact]
    public async Task StartAsync_WithoutConfig_ServesBuiltInTenant()
    {
        await using var playground = await PlaygroundProcess.StartAsync(UnusedBotEndpoint());

        var config = await GetTestConfigAsync(playground);

        Assert.Equal("user-id-0", config["currentUser"]!["id"]!.GetValue<string>());
        Assert.Equal(playground.Port, playground.BaseUrl.Port);
    }

    [Fact]
    public async Task StartAsync_WithRepoConfig_ServesVastbusTenant()
    {
        await using var playground = await PlaygroundProcess.StartAsync(
            UnusedBotEndpoint(), configPath: RepoPaths.Combine(".m365agentsplayground.yml"));

        var config = await GetTestConfigAsync(playground);

        Assert.Equal("VastbusBot", config["bot"]!["name"]!.GetValue<string>());
        Assert.StartsWith("28:", config["bot"]!["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("29:", config["currentUser"]!["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("a:", config["personalChat"]!["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Västbus Göteborg", config["teams"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(5, config["users"]!.AsArray().Count);
    }

    [Fact]
    public async Task StartAsync_PortInUse_FailsInsteadOfMovingToAnotherPort()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var busyPort = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(
            () => PlaygroundProcess.StartAsync(UnusedBotEndpoint(), busyPort));

        Assert.Contains($"Port {busyPort} is in use", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisposeAsync_StopsTheServer()
    {
        var playground = await PlaygroundProcess.StartAsync(UnusedBotEndpoint());
        Assert.True(await FreePort.IsOpenAsync(playground.Port));

        await playground.DisposeAsync();

        Assert.False(await FreePort.IsOpenAsync(playground.Port));
        Assert.False(Directory.Exists(playground.WorkingDirectory));
    }

    [Fact]
    public async Task Installation_IsDeliveredToTheBotEndpoint()
    {
        await using var bot = await StubBot.StartAsync();
        await using var playground = await PlaygroundProcess.StartAsync(bot.Endpoint);
        var conversationId = (await GetTestConfigAsync(playground))["personalChat"]!["id"]!.GetValue<string>();
        using var http = new HttpClient { BaseAddress = playground.BaseUrl };

        using var response = await http.PostAsync(
            new Uri($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", UriKind.Relative),
            new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        response.EnsureSuccessStatusCode();
        var activity = await bot.Received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("add", activity["action"]!.GetValue<string>());
        Assert.Equal(conversationId, activity["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal($"http://localhost:{playground.Port}/_connector", activity["serviceUrl"]!.GetValue<string>());
    }

    /// <summary>A bot endpoint that records the first installationUpdate it is sent (a conversationUpdate comes with it, in no fixed order).</summary>
    private sealed class StubBot : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private StubBot(WebApplication app) => _app = app;

        public TaskCompletionSource<JsonNode> Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Endpoint { get; private set; } = string.Empty;

        public static async Task<StubBot> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var stub = new StubBot(app);
            app.MapMethods("/api/messages", ["HEAD"], () => Results.Ok());
            app.MapPost("/api/messages", async (HttpRequest request) =>
            {
                var activity = (await JsonNode.ParseAsync(request.Body))!;
                if (activity["type"]?.GetValue<string>() == "installationUpdate")
                {
                    stub.Received.TrySetResult(activity);
                }

                return Results.Ok();
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            stub.Endpoint = address.TrimEnd('/') + "/api/messages";
            return stub;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
