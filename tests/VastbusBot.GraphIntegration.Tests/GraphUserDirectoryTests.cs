using Microsoft.Extensions.DependencyInjection;
using VastbusBot.GraphEmulator;
using VastbusBot.GraphIntegration.Calendar;
using VastbusBot.GraphIntegration.Users;
using static VastbusBot.GraphIntegration.Tests.GraphEmulatorFixture;

namespace VastbusBot.GraphIntegration.Tests;

/// <summary>Looking attendees up by Entra object id (the registry keeps no addresses) against the emulator.</summary>
public sealed class GraphUserDirectoryTests : IClassFixture<GraphEmulatorFixture>, IDisposable
{
    private const string Stranger = "99999999-9999-4999-8999-999999999999";
    private const string NoMailboxId = "22222222-2222-4222-8222-222222222222";

    private readonly GraphEmulatorFixture _emulator;
    private readonly ServiceProvider _services;
    private readonly IUserDirectory _directory;

    public GraphUserDirectoryTests(GraphEmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset(seed => seed.Users.Add(new SeedUser { Id = NoMailboxId, DisplayName = "Utan Brevlåda", Mail = string.Empty, UserPrincipalName = "utan@test.example" }));
        _services = emulator.CreateServices();
        _directory = _services.GetRequiredService<IUserDirectory>();
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task GetUsers_GivesEachIdItsUser_OrNullWhenTheDirectoryHasNone()
    {
        var result = await _directory.GetUsersAsync([OrganizerId, Stranger, OrganizerId.ToUpperInvariant()]);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, result.Value.Count); // the same id twice is looked up once
        var kim = result.Value[OrganizerId]!;
        Assert.Equal(("Kim Koordinator", Organizer, Organizer), (kim.DisplayName, kim.Mail, kim.Address));
        Assert.Null(result.Value[Stranger]);
        Assert.Equal(
            [$"/v1.0/users/{OrganizerId}", $"/v1.0/users/{Stranger}"],
            _emulator.Journal.All.Where(r => r.Method == "GET").Select(r => r.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Address_FallsBackToTheUserPrincipalName_WhenThereIsNoMail()
    {
        var result = await _directory.GetUsersAsync([NoMailboxId]);

        Assert.Equal("utan@test.example", result.Value![NoMailboxId]!.Address);
    }

    [Fact]
    public async Task GetUsers_WhenGraphKeepsThrottling_FailsAsBusy()
    {
        _emulator.Faults.Add(new FaultRule(429, Count: 20, RetryAfterSeconds: 0, PathContains: "/users/", Method: "GET"));

        var result = await _directory.GetUsersAsync([OrganizerId, Stranger]);

        Assert.False(result.IsSuccess);
        Assert.Equal(GraphOutcome.Busy, result.Outcome);
        Assert.Equal("Kalendertjänsten är upptagen just nu. Försök igen om en stund.", GraphMessages.For(result.Outcome));
    }

    [Fact]
    public async Task GetUsers_OfNobody_AsksGraphNothing()
    {
        var result = await _directory.GetUsersAsync([" ", ""]);

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Value);
        Assert.Empty(_emulator.Journal.All);
    }
}
