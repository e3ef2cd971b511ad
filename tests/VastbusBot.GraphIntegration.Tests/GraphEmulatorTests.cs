using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VastbusBot.GraphEmulator;
using static VastbusBot.GraphIntegration.Tests.GraphEmulatorFixture;

namespace VastbusBot.GraphIntegration.Tests;

/// <summary>The emulator over plain HTTP, as Graph behaves: what the client tests rely on.</summary>
public sealed class GraphEmulatorTests : IClassFixture<GraphEmulatorFixture>, IDisposable
{
    private readonly GraphEmulatorFixture _emulator;
    private readonly HttpClient _http;

    public GraphEmulatorTests(GraphEmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
        _http = new HttpClient { BaseAddress = new Uri(emulator.Root) };
    }

    public void Dispose() => _http.Dispose();

    private static JsonObject NewEvent(string? transactionId) => new()
    {
        ["subject"] = "Ordförandeträff",
        ["start"] = new JsonObject { ["dateTime"] = "2025-10-27T09:00:00", ["timeZone"] = "W. Europe Standard Time" },
        ["end"] = new JsonObject { ["dateTime"] = "2025-10-27T11:00:00", ["timeZone"] = "W. Europe Standard Time" },
        ["attendees"] = new JsonArray(new JsonObject { ["type"] = "required", ["emailAddress"] = new JsonObject { ["address"] = Alva } }),
        ["isOnlineMeeting"] = true,
        ["onlineMeetingProvider"] = "teamsForBusiness",
        ["transactionId"] = transactionId,
    };

    private async Task<JsonNode> PostEventAsync(JsonObject body, string user = Organizer)
    {
        using var response = await _http.PostAsJsonAsync($"/v1.0/users/{Uri.EscapeDataString(user)}/events", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    [Fact]
    public async Task Events_SameTransactionIdGivesTheSameEvent_WithoutItEveryPostIsNew()
    {
        var first = await PostEventAsync(NewEvent("tx-1"));
        var again = await PostEventAsync(NewEvent("tx-1"));
        var untagged1 = await PostEventAsync(NewEvent(null));
        var untagged2 = await PostEventAsync(NewEvent(null));

        Assert.Equal(first["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.NotEqual(untagged1["id"]!.GetValue<string>(), untagged2["id"]!.GetValue<string>());
        Assert.Equal(3, _emulator.State.AllEvents.Count);
        Assert.Equal("2025-10-27T08:00:00.0000000", first["start"]!["dateTime"]!.GetValue<string>()); // UTC unless Prefer says otherwise
        Assert.NotNull(first["onlineMeeting"]!["joinUrl"]);
    }

    [Fact]
    public async Task GetSchedule_ExpandsWeeklyBlocksInLocalTimeAcrossTheAutumnChange()
    {
        _emulator.Reset(seed => seed.WeeklyBusy.Add(new SeedWeeklyBusy { User = Bo, Days = [DayOfWeek.Monday], Start = "09:00", End = "10:00" }));
        var body = new JsonObject
        {
            ["schedules"] = new JsonArray(Bo),
            ["startTime"] = new JsonObject { ["dateTime"] = "2025-10-20T00:00:00", ["timeZone"] = "UTC" },
            ["endTime"] = new JsonObject { ["dateTime"] = "2025-11-01T00:00:00", ["timeZone"] = "UTC" },
        };

        using var response = await _http.PostAsJsonAsync($"/v1.0/users/{Bo}/calendar/getSchedule", body);
        var items = (await response.Content.ReadFromJsonAsync<JsonNode>())!["value"]![0]!["scheduleItems"]!.AsArray();

        Assert.Equal(
            ["2025-10-20T07:00:00.0000000", "2025-10-27T08:00:00.0000000"],
            items.Select(i => i!["start"]!["dateTime"]!.GetValue<string>()));
    }

    [Fact]
    public void GetSchedule_AvailabilityViewFollowsTheItems()
    {
        var items = new[]
        {
            new FreeBusyItem(Stockholm.Utc(2025, 9, 8, 8), Stockholm.Utc(2025, 9, 8, 9), "busy", null, null),
            new FreeBusyItem(Stockholm.Utc(2025, 9, 8, 10), Stockholm.Utc(2025, 9, 8, 10, 30), "tentative", null, null),
            new FreeBusyItem(Stockholm.Utc(2025, 9, 8, 10), Stockholm.Utc(2025, 9, 8, 12), "oof", null, null),
        };

        var view = GraphEmulatorApp.AvailabilityView(items, Stockholm.Utc(2025, 9, 8, 8), Stockholm.Utc(2025, 9, 8, 13), TimeSpan.FromHours(1));

        Assert.Equal("20330", view);
    }

    [Fact]
    public async Task Faults_NextCallsFailWithRetryAfter_ThenServiceResumes()
    {
        using var plan = await _http.PostAsJsonAsync("/_emulator/faults", new { status = 429, count = 2, retryAfterSeconds = 3 });
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);

        using var first = await _http.GetAsync("/v1.0/users");
        using var second = await _http.GetAsync("/v1.0/users");
        using var third = await _http.GetAsync("/v1.0/users");

        Assert.Equal([(HttpStatusCode)429, (HttpStatusCode)429, HttpStatusCode.OK], new[] { first.StatusCode, second.StatusCode, third.StatusCode });
        Assert.Equal(TimeSpan.FromSeconds(3), first.Headers.RetryAfter?.Delta);
        Assert.Equal("TooManyRequests", (await first.Content.ReadFromJsonAsync<JsonNode>())!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(3, (await third.Content.ReadFromJsonAsync<JsonNode>())!["value"]!.AsArray().Count);
    }

    [Fact]
    public async Task FaultHeader_FailsThatCallOnly()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1.0/users/{Alva}");
        request.Headers.Add("X-Emulator-Fault", "503");
        request.Headers.Add("X-Emulator-Retry-After", "2");

        using var failed = await _http.SendAsync(request);
        using var ok = await _http.GetAsync($"/v1.0/users/{Alva}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), failed.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Cancel_OnlyTheOrganizerMay_AndAttendeesStillSeeTheCancelledEvent()
    {
        var created = await PostEventAsync(NewEvent("tx-cancel"));
        var id = created["id"]!.GetValue<string>();

        using var byAttendee = await _http.PostAsJsonAsync($"/v1.0/users/{Alva}/events/{id}/cancel", new { comment = "nej" });
        using var byOrganizer = await _http.PostAsJsonAsync($"/v1.0/users/{Organizer}/events/{id}/cancel", new { comment = "Inställt" });
        using var organizerView = await _http.GetAsync($"/v1.0/users/{Organizer}/events/{id}");
        var attendeeView = await _http.GetFromJsonAsync<JsonNode>($"/v1.0/users/{Alva}/events/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, byAttendee.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, byOrganizer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, organizerView.StatusCode);
        Assert.True(attendeeView!["isCancelled"]!.GetValue<bool>());
        Assert.False(attendeeView["isOrganizer"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Requests_WithoutAuthorizationAreAccepted_AndTheJournalRecordsThem()
    {
        using var response = await _http.GetAsync($"/v1.0/users/{OrganizerId}");
        var journal = await _http.GetFromJsonAsync<JsonArray>("/_emulator/requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(journal!);
        Assert.Equal($"/v1.0/users/{OrganizerId}", entry!["path"]!.GetValue<string>());
        Assert.Null(entry["authorization"]);
    }

    [Fact]
    public async Task UnknownUser_Is404()
    {
        using var response = await _http.GetAsync("/v1.0/users/nobody@test.example/events");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SeedEndpoint_ReplacesTheTenant()
    {
        using var seeded = await _http.PostAsJsonAsync("/_emulator/seed", new { users = new[] { new { displayName = "Solo", mail = "solo@test.example" } } });
        var users = await _http.GetFromJsonAsync<JsonNode>("/v1.0/users");

        Assert.Equal(HttpStatusCode.NoContent, seeded.StatusCode);
        Assert.Equal("solo@test.example", Assert.Single(users!["value"]!.AsArray())!["mail"]!.GetValue<string>());
    }

    [Fact]
    public void DevelopmentSeed_LoadsWithTheCoordinatorTheChairsAndTheirWeeklyBusyTimes()
    {
        var seed = EmulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, GraphEmulatorApp.DefaultSeedFile));
        var state = new EmulatorState(TimeProvider.System);

        state.Load(seed);

        Assert.Equal(7, state.Users.Count);
        var kim = state.FindUser("kim.koordinator@vastbus.example")!;
        var monday = state.FreeBusy(kim, Stockholm.At(2026, 3, 30, 0), Stockholm.At(2026, 3, 31, 0));
        Assert.Equal((Stockholm.At(2026, 3, 30, 9), Stockholm.At(2026, 3, 30, 12)), (Assert.Single(monday).Start, monday[0].End));
    }
}
