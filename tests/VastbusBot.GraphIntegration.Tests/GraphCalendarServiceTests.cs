using Microsoft.Extensions.DependencyInjection;
using VastbusBot.GraphEmulator;
using VastbusBot.GraphIntegration.Calendar;
using VastbusBot.GraphIntegration.Scheduling;
using VastbusBot.Testing;
using static VastbusBot.GraphIntegration.Tests.GraphEmulatorFixture;

namespace VastbusBot.GraphIntegration.Tests;

public sealed class GraphCalendarServiceTests : IClassFixture<GraphEmulatorFixture>, IDisposable
{
    private readonly GraphEmulatorFixture _emulator;
    private readonly ServiceProvider _services;
    private readonly ICalendarService _calendar;

    public GraphCalendarServiceTests(GraphEmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
        _services = emulator.CreateServices();
        _calendar = _services.GetRequiredService<ICalendarService>();
    }

    public void Dispose() => _services.Dispose();

    private static readonly TimeSlot MondayAfterSpringForward = new(Stockholm.At(2025, 3, 31, 10), Stockholm.At(2025, 3, 31, 12));

    private static MeetingRequest Gathering(string transactionId, TimeSlot? slot = null) => new(
        "Ordförandeträff Fyrbodal",
        slot ?? MondayAfterSpringForward,
        [new MeetingAttendee(Alva, "Alva Andersson"), new MeetingAttendee(Bo, "Bo Berglund", Required: false)],
        transactionId,
        Online: true,
        Agenda: "1. Läget i kommunerna\n2. <Övrigt> & avslut");

    private IReadOnlyList<RecordedRequest> Calls(string pathEnd) =>
        [.. _emulator.Journal.All.Where(r => r.Path.EndsWith(pathEnd, StringComparison.OrdinalIgnoreCase))];

    [Fact]
    public async Task GetSchedule_ReturnsBusyPeriodsInStockholmTime_AndFlagsUnknownAddresses()
    {
        _emulator.Reset(seed => seed.Events.AddRange(
        [
            new SeedEvent { Organizer = Alva, Subject = "Mottagning", Start = Stockholm.At(2025, 3, 28, 10), End = Stockholm.At(2025, 3, 28, 11) },
            new SeedEvent { Organizer = Alva, Subject = "SIP", Start = Stockholm.At(2025, 3, 31, 10), End = Stockholm.At(2025, 3, 31, 11), ShowAs = "oof" },
            new SeedEvent { Organizer = Bo, Subject = "Utanför fönstret", Start = Stockholm.At(2025, 4, 10, 10), End = Stockholm.At(2025, 4, 10, 11) },
        ]));

        var result = await _calendar.GetScheduleAsync(OrganizerId, [Alva, Bo, "stranger@elsewhere.example"], new TimeWindow(Stockholm.At(2025, 3, 28, 0), Stockholm.At(2025, 4, 1, 0)));

        Assert.True(result.IsSuccess, result.ToString());
        var alva = Assert.Single(result.Value, a => a.Address == Alva);
        Assert.Equal(
            [
                new BusyPeriod(Stockholm.At(2025, 3, 28, 10), Stockholm.At(2025, 3, 28, 11), AvailabilityStatus.Busy),
                new BusyPeriod(Stockholm.At(2025, 3, 31, 10), Stockholm.At(2025, 3, 31, 11), AvailabilityStatus.OutOfOffice),
            ],
            alva.Periods);
        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(2)], alva.Periods.Select(p => p.Start.Offset)); // CET, then CEST
        Assert.Empty(Assert.Single(result.Value, a => a.Address == Bo).Periods);
        var stranger = Assert.Single(result.Value, a => !a.IsKnown);
        Assert.Equal("stranger@elsewhere.example", stranger.Address);
        Assert.Equal("ErrorMailRecipientNotFound", stranger.Error);
        var call = Assert.Single(Calls("/calendar/getSchedule"));
        Assert.Equal($"/v1.0/users/{OrganizerId}/calendar/getSchedule", call.Path);
        Assert.Equal("Bearer", call.Authorization);
    }

    [Fact]
    public async Task GetSchedule_SplitsLongAddressListsIntoSeveralCalls()
    {
        var addresses = Enumerable.Range(0, 45).Select(i => $"person{i}@test.example").Append(Alva).ToList();

        var result = await _calendar.GetScheduleAsync(Organizer, addresses, new TimeWindow(Stockholm.At(2025, 9, 8, 0), Stockholm.At(2025, 9, 9, 0)));

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(addresses, result.Value.Select(a => a.Address));
        Assert.Equal(3, Calls("/calendar/getSchedule").Count); // 20 + 20 + 6
        Assert.True(Assert.Single(result.Value, a => a.Address == Alva).IsKnown);
    }

    [Fact]
    public async Task CreateEvent_BooksATeamsMeetingInStockholmTime_WithTheJoinLink()
    {
        var result = await _calendar.CreateEventAsync(Organizer, Gathering("booking-1"));

        Assert.True(result.IsSuccess, result.ToString());
        var stored = Assert.Single(_emulator.State.AllEvents);
        Assert.Equal(stored.Id, result.Value.EventId);
        Assert.Equal(stored.JoinUrl, result.Value.JoinUrl);
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", result.Value.JoinUrl, StringComparison.Ordinal);
        Assert.True(stored.IsOnlineMeeting);
        Assert.Equal("teamsForBusiness", stored.OnlineMeetingProvider);
        Assert.Equal("W. Europe Standard Time", stored.TimeZone);
        Assert.Equal(MondayAfterSpringForward.Start, stored.Start);
        Assert.Equal(MondayAfterSpringForward.End, stored.End);
        Assert.Equal(MondayAfterSpringForward.Start, result.Value.Start);
        Assert.Equal(TimeSpan.FromHours(2), result.Value.Start.Offset);
        Assert.Equal("booking-1", stored.TransactionId);
        Assert.Equal([(Alva, "required"), (Bo, "optional")], stored.Attendees.Select(a => (a.Address, a.Type)));
        Assert.Equal("1. Läget i kommunerna<br>2. &lt;Övrigt&gt; &amp; avslut", stored.BodyContent);
    }

    [Fact]
    public async Task CreateEvent_TwiceWithTheSameTransactionId_BooksOneEvent()
    {
        var first = await _calendar.CreateEventAsync(Organizer, Gathering("same-click"));
        var second = await _calendar.CreateEventAsync(Organizer, Gathering("same-click"));

        Assert.True(first.IsSuccess && second.IsSuccess);
        Assert.Equal(first.Value!.EventId, second.Value!.EventId);
        Assert.Equal(first.Value.JoinUrl, second.Value.JoinUrl);
        Assert.Single(_emulator.State.AllEvents);
        Assert.Equal(2, Calls("/events").Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task CreateEvent_WithDifferentTransactionIds_BooksTwoEvents()
    {
        await _calendar.CreateEventAsync(Organizer, Gathering("a"));
        await _calendar.CreateEventAsync(Organizer, Gathering("b"));

        Assert.Equal(2, _emulator.State.AllEvents.Count);
    }

    [Fact]
    public async Task CreateEvent_RetriedByTheSdkAfterTheFirstAttemptTookEffect_BooksOneEvent()
    {
        // Graph made the event but the answer was lost (504): the SDK's RetryHandler sends the same body again.
        _emulator.Faults.Add(new FaultRule(504, RetryAfterSeconds: 0, PathContains: "/events", Method: "POST", AfterProcessing: true));

        var result = await _calendar.CreateEventAsync(Organizer, Gathering("lost-answer"));

        Assert.True(result.IsSuccess, result.ToString());
        var posts = Calls("/events").Where(r => r.Method == "POST").ToList();
        Assert.Equal([504, 201], posts.Select(p => p.Status));
        Assert.Equal(["lost-answer", "lost-answer"], posts.Select(p => p.TransactionId));
        Assert.Equal(result.Value.EventId, Assert.Single(_emulator.State.AllEvents).Id);
    }

    [Fact]
    public async Task Throttled_429ThenSuccess_HonoursRetryAfter()
    {
        _emulator.Faults.Add(new FaultRule(429, Count: 1, RetryAfterSeconds: 1, PathContains: "getSchedule"));

        var result = await _calendar.GetScheduleAsync(Organizer, [Alva], new TimeWindow(Stockholm.At(2025, 9, 8, 0), Stockholm.At(2025, 9, 9, 0)));

        Assert.True(result.IsSuccess, result.ToString());
        var calls = Calls("/calendar/getSchedule");
        Assert.Equal([429, 200], calls.Select(c => c.Status));
        Assert.Equal([null, 1], calls.Select(c => c.RetryAttempt)); // the SDK's RetryHandler, no other layer
        // The base back-off is 0 s in these tests, so a gap of a second can only come from Retry-After: 1.
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Unavailable_503UntilRetriesAreUsedUp_GivesATypedBusyResult()
    {
        _emulator.Faults.Add(new FaultRule(503, Count: 10, RetryAfterSeconds: 0));

        var result = await _calendar.CreateEventAsync(Organizer, Gathering("during-outage"));

        Assert.Equal(GraphOutcome.Busy, result.Outcome);
        Assert.True(result.IsTransient);
        Assert.Equal(TimeSpan.Zero, result.RetryAfter);
        Assert.Equal("HTTP 503", result.Detail);
        Assert.Equal(4, Calls("/events").Count); // the first try and MaxRetries = 3
        Assert.Equal(6, _emulator.Faults.Pending);
        Assert.Empty(_emulator.State.AllEvents);
        Assert.Equal("Kalendertjänsten är upptagen just nu. Försök igen om en stund.", GraphMessages.For(result.Outcome));
    }

    [Fact]
    public async Task Throttled_WithARetryAfterBeyondTheTimeLimit_EndsAtOnceAsBusyWithThatRetryAfter()
    {
        _emulator.Faults.Add(new FaultRule(429, Count: 1, RetryAfterSeconds: 120));

        var result = await _calendar.GetScheduleAsync(Organizer, [Alva], new TimeWindow(Stockholm.At(2025, 9, 8, 0), Stockholm.At(2025, 9, 9, 0)));

        Assert.Equal(GraphOutcome.Busy, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Single(Calls("/calendar/getSchedule"));
    }

    [Fact]
    public async Task GatewayTimeout_IsRetriedLikeThrottling()
    {
        _emulator.Faults.Add(new FaultRule(504, Count: 2));

        var result = await _calendar.GetEventAsync(Organizer, "no-such-event");

        Assert.Equal(GraphOutcome.NotFound, result.Outcome); // the third try reached the (empty) calendar
        Assert.Equal([504, 504, 404], Calls("/events/no-such-event").Select(c => c.Status));
    }

    [Fact]
    public async Task UpdateEvent_MovesTheMeeting_AndAttendeesSeeTheNewTime()
    {
        var booked = await _calendar.CreateEventAsync(Organizer, Gathering("to-move"));
        var later = new TimeSlot(Stockholm.At(2025, 4, 2, 13), Stockholm.At(2025, 4, 2, 15));

        var moved = await _calendar.UpdateEventAsync(Organizer, booked.Value!.EventId, new MeetingChange(later, "Vänersborg, stadshuset"));

        Assert.True(moved.IsSuccess, moved.ToString());
        Assert.Equal(later.Start, moved.Value.Start);
        Assert.Equal(later.End, moved.Value.End);
        Assert.Equal("Vänersborg, stadshuset", moved.Value.Location);
        Assert.Equal(booked.Value.JoinUrl, moved.Value.JoinUrl);
        var alva = await _calendar.GetScheduleAsync(Organizer, [Alva], new TimeWindow(Stockholm.At(2025, 3, 31, 0), Stockholm.At(2025, 4, 3, 0)));
        var period = Assert.Single(alva.Value!.Single().Periods);
        Assert.Equal((later.Start, later.End, AvailabilityStatus.Tentative), (period.Start, period.End, period.Status));
    }

    [Fact]
    public async Task CancelEvent_CancelsWithTheComment_AndTheEventIsGoneFromTheOrganizersCalendar()
    {
        var booked = await _calendar.CreateEventAsync(Organizer, Gathering("to-cancel"));

        var cancelled = await _calendar.CancelEventAsync(Organizer, booked.Value!.EventId, "Vi hittar en ny tid.");

        Assert.True(cancelled.IsSuccess, cancelled.ToString());
        var stored = Assert.Single(_emulator.State.AllEvents);
        Assert.True(stored.IsCancelled);
        Assert.Equal("Vi hittar en ny tid.", stored.CancellationComment);
        Assert.Equal(GraphOutcome.NotFound, (await _calendar.GetEventAsync(Organizer, booked.Value.EventId)).Outcome);
        Assert.Equal(GraphOutcome.NotFound, (await _calendar.CancelEventAsync(Organizer, booked.Value.EventId, null)).Outcome);
    }

    [Fact]
    public async Task UnknownOrganizer_IsNotFound()
    {
        var result = await _calendar.CreateEventAsync("nobody@test.example", Gathering("x"));

        Assert.Equal(GraphOutcome.NotFound, result.Outcome);
        Assert.Equal("HTTP 404 ErrorInvalidUser", result.Detail);
    }

    [Fact]
    public async Task GraphUnreachable_IsUnavailable_NotAnException()
    {
        var closedPort = FreePort.Get();
        using var services = _emulator.CreateServices(new Dictionary<string, string?> { ["Graph:BaseUrl"] = $"http://127.0.0.1:{closedPort}/v1.0" });

        var result = await services.GetRequiredService<ICalendarService>().GetEventAsync(Organizer, "any");

        Assert.Equal(GraphOutcome.Unavailable, result.Outcome);
        Assert.True(result.IsTransient);
    }

    [Fact]
    public async Task MissingCredentials_AreNotConfigured_WithoutCallingGraph()
    {
        using var services = _emulator.CreateServices(new Dictionary<string, string?> { ["Graph:BaseUrl"] = GraphOptions.GlobalBaseUrl });

        var result = await services.GetRequiredService<ICalendarService>().CreateEventAsync(Organizer, Gathering("x"));

        Assert.Equal(GraphOutcome.NotConfigured, result.Outcome);
        Assert.Contains("MicrosoftAppPassword", result.Detail, StringComparison.Ordinal);
        Assert.Empty(_emulator.Journal.All);
    }

    [Fact]
    public async Task CallersCancellation_IsNotSwallowed()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _calendar.GetEventAsync(Organizer, "any", cancellation.Token));
    }
}
