using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Booking;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;
using static VastbusBot.Tests.Booking.BookingHarness;

namespace VastbusBot.Tests.Booking;

/// <summary>
/// The booking flow through its command and card buttons, against the Graph emulator and Azurite: who may book,
/// the form's validation round trip, proposals shaped by the attendees' calendars, one event however often "Boka"
/// is clicked, throttling shown as "try again in a moment", moving and cancelling.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BookingFlowTests(AzuriteFixture azurite, GraphEmulatorFixture emulator) : IClassFixture<GraphEmulatorFixture>, IAsyncLifetime
{
    /// <summary>Monday 14 – Friday 18 September 2026.</summary>
    private static readonly Dictionary<string, string?> OneWeek = new() { ["from"] = "2026-09-14", ["to"] = "2026-09-18" };

    private BookingHarness _h = null!;

    public async Task InitializeAsync()
    {
        await emulator.Control.ClearFaultsAsync();
        _h = await CreateAsync(azurite, emulator);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Command_ForSomeoneWithoutARole_SaysOnlyCoordinatorsMayBook_AndSendsNoCard()
    {
        var sent = await _h.RunCommandAsync(Nils);

        Assert.Null(sent.Attachments);
        Assert.Equal(BookingTexts.OnlyCoordinators.Sv, sent.Text);
    }

    [Fact]
    public async Task Command_ForACoordinator_OffersOnlyTheirArea_WithDefaultsFromTwoWeeksAhead()
    {
        var form = await _h.FormAsync(Sam);

        var area = Assert.Single(InputsOf<InputChoiceSet>(form), i => i.Id == BookingFields.Area);
        Assert.Equal("skaraborg", Assert.Single(area.Choices).Value);
        Assert.Equal("skaraborg", area.Value);
        var values = InputValues(form);
        Assert.Equal(("2026-09-15", "2026-10-12", "120", "online"), (values["from"], values["to"], values["duration"], values["mode"]));
        Assert.Contains("Dagordning", SentCards.TextOf(form), StringComparison.Ordinal);
        Assert.True(Guid.TryParse(DataOf(Action(form, BookingCards.ProposeVerb), BookingCards.BookingKey), out _));
    }

    [Fact]
    public async Task Command_ForAnAdmin_OffersEveryArea_AndAnAreaNamedInTheCommandIsPreselected()
    {
        var sent = await _h.RunCommandAsync(Admin, "Södra Älvsborg");

        var area = Assert.Single(InputsOf<InputChoiceSet>(SentCards.CardOf(sent)), i => i.Id == BookingFields.Area);
        Assert.Equal(6, area.Choices.Count);
        Assert.Equal("sodra-alvsborg", area.Value);
    }

    [Fact]
    public async Task Propose_WithInvalidInput_ReturnsTheSameFormWithWhatWasTyped_AndTheErrorsAtTheirInputs()
    {
        var form = await _h.FormAsync(Cora);
        var typed = new Dictionary<string, string?>
        {
            ["from"] = "2026-08-20",
            ["to"] = "2026-08-30",
            ["mode"] = "onsite",
            ["location"] = " ",
            ["agenda"] = "1. Läget\n2. Ring Kim på 070-123 45 67 före mötet",
        };

        var card = CardOf(await _h.ClickAsync(Cora, form, Action(form, BookingCards.ProposeVerb), typed));

        var values = InputValues(card);
        Assert.Equal(("2026-08-20", "onsite", typed["agenda"]), (values["from"], values["mode"], values["agenda"]));
        Assert.Equal(DataOf(Action(form, BookingCards.ProposeVerb), BookingCards.BookingKey), DataOf(Action(card, BookingCards.ProposeVerb), BookingCards.BookingKey));
        var text = SentCards.TextOf(card);
        Assert.Contains("Perioden kan inte börja före i dag (2026-09-01).", text, StringComparison.Ordinal);
        Assert.Contains(BookingTexts.LocationRequired.Sv, text, StringComparison.Ordinal);
        Assert.Contains("ser ut som ett telefonnummer", text, StringComparison.Ordinal);
        Assert.Empty(await _h.Store.ListAsync(Tenant, Area, 2026, CancellationToken.None));
        Assert.Empty(await _h.Graph.RequestsAsync());
    }

    [Theory]
    [InlineData("2026-09-20", "2026-09-14", "Det senaste datumet kan inte ligga före det tidigaste.")]
    [InlineData("2026-09-14", "2026-12-24", "Perioden får vara högst 62 dagar.")]
    [InlineData("14/9 2026", "2026-09-18", "Skriv datumet som ÅÅÅÅ-MM-DD")]
    public async Task Propose_WithABadPeriod_SaysWhatIsWrong(string from, string to, string expected)
    {
        var form = await _h.FormAsync(Cora);

        var card = CardOf(await _h.ClickAsync(Cora, form, Action(form, BookingCards.ProposeVerb), new Dictionary<string, string?> { ["from"] = from, ["to"] = to }));

        Assert.Contains(expected, SentCards.TextOf(card), StringComparison.Ordinal);
        Assert.Empty(Actions(card, BookingCards.BookVerb));
    }

    [Fact]
    public async Task Propose_ForAnAreaTheCoordinatorDoesNotCoordinate_IsRefused()
    {
        var form = await _h.FormAsync(Sam);

        var result = await _h.ClickAsync(Sam, form, Action(form, BookingCards.ProposeVerb), new Dictionary<string, string?>(OneWeek) { ["area"] = Area });

        var error = Assert.IsType<CardActionResult.ErrorResult>(result);
        Assert.Contains("Bara samordnarna för Fyrbodal", error.Text, StringComparison.Ordinal);
        Assert.Empty(await _h.Graph.RequestsAsync());
    }

    [Fact]
    public async Task Proposals_AvoidTimesWhenTheBookerIsBusy_AndPreferTimesWhenEveryoneIsFree()
    {
        var card = await ProposalsAsync(Cora, OneWeek);

        var draft = Assert.Single(await _h.Store.ListAsync(Tenant, Area, 2026, CancellationToken.None));
        Assert.Equal(GatheringStatus.Draft, draft.Status);
        Assert.Equal(5, draft.Options.Count);
        var days = draft.Options.Select(o => TimeZoneInfo.ConvertTime(o.Start, _h.Service.Zone).DayOfWeek).ToList();
        Assert.DoesNotContain(DayOfWeek.Monday, days); // Cora, who books, is busy
        Assert.DoesNotContain(DayOfWeek.Tuesday, days); // Erik is away: worse than the days everyone can come
        Assert.All(draft.Options, o => Assert.Empty(o.Busy));
        Assert.Equal(5, Actions(card, BookingCards.BookVerb).Count);
        var text = SentCards.TextOf(card);
        Assert.Contains("Alla 4 kan.", text, StringComparison.Ordinal);
        Assert.Contains("Onsdag 16 september 2026, 12:00–14:00", text, StringComparison.Ordinal);
        Assert.Contains("Finns inte i katalogen och bjuds inte in: Gustav Gren.", text, StringComparison.Ordinal);
        var withoutChair = Assert.Single(text.Split('\n'), l => l.StartsWith("Ingen ordförande registrerad för:", StringComparison.Ordinal));
        Assert.Equal(
            "Ingen ordförande registrerad för: Lysekil, Mellerud, Munkedal, Orust, Sotenäs, Strömstad, Tanum, Trollhättan, Uddevalla, Vänersborg, Åmål.",
            withoutChair);
    }

    [Fact]
    public async Task Proposals_ShowWhoIsBusyInEachOption()
    {
        // Monday and Tuesday only: Monday is out (Cora), so every option is on Tuesday, when Erik is away.
        var card = await ProposalsAsync(Cora, new Dictionary<string, string?> { ["from"] = "2026-09-14", ["to"] = "2026-09-15" });

        var draft = Assert.Single(await _h.Store.ListAsync(Tenant, Area, 2026, CancellationToken.None));
        Assert.Equal(3, draft.Options.Count);
        Assert.All(draft.Options, o => Assert.Equal([Erik.Mail], o.Busy));
        var text = SentCards.TextOf(card);
        Assert.Contains("3 av 4 kan.", text, StringComparison.Ordinal);
        Assert.Contains("Upptagna: Erik Ek", text, StringComparison.Ordinal);
        Assert.Contains("Tisdag 15 september 2026, 09:00–11:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_CreatesTheTeamsMeetingWithInvitations_AndStoresTheGathering()
    {
        var proposals = await ProposalsAsync(Cora, OneWeek);
        var first = Actions(proposals, BookingCards.BookVerb)[0];

        var card = CardOf(await _h.ClickAsync(Cora, proposals, first));

        var join = Assert.Single(card.Actions!.OfType<OpenUrlAction>());
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", join.Url, StringComparison.Ordinal);
        Assert.Contains(BookingTexts.BookedTitle.Sv, SentCards.TextOf(card), StringComparison.Ordinal);
        Assert.Single(Actions(card, BookingCards.MoveVerb));
        Assert.Single(Actions(card, BookingCards.CancelVerb));

        var created = Assert.Single(await _h.EventsOfAsync(Cora));
        Assert.True(created["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal("teamsForBusiness", created["onlineMeetingProvider"]!.GetValue<string>());
        Assert.Equal("Västbus ordförandeträff Fyrbodal 2026", created["subject"]!.GetValue<string>());
        Assert.Equal(
            [Dan.Mail, Erik.Mail, Frida.Mail],
            created["attendees"]!.AsArray().Select(a => a!["address"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(DateTimeOffset.Parse(DataOf(first, BookingCards.StartKey), System.Globalization.CultureInfo.InvariantCulture), created["start"]!.GetValue<DateTimeOffset>());

        var stored = Assert.Single(await _h.Store.ListAsync(Tenant, Area, 2026, CancellationToken.None));
        Assert.Equal(GatheringStatus.Booked, stored.Status);
        Assert.Equal(created["id"]!.GetValue<string>(), stored.Event!.EventId);
        Assert.Equal(join.Url, stored.Event.JoinUrl);
        Assert.Equal(created["transactionId"]!.GetValue<string>(), stored.Event.TransactionId);
        Assert.Empty(await _h.Store.ListAsync("22222222-2222-4222-8222-222222222222", Area, 2026, CancellationToken.None));
    }

    [Fact]
    public async Task Book_ClickedTwiceAtOnce_AndAgainOnAnotherTime_CreatesOneEvent()
    {
        var proposals = await ProposalsAsync(Cora, OneWeek);
        var options = Actions(proposals, BookingCards.BookVerb);

        var both = await Task.WhenAll(_h.ClickAsync(Cora, proposals, options[0]), _h.ClickAsync(Cora, proposals, options[0]));
        var later = CardOf(await _h.ClickAsync(Cora, proposals, options[1]));

        var booked = Assert.Single(await _h.EventsOfAsync(Cora));
        var joinUrl = booked["joinUrl"]!.GetValue<string>();
        Assert.All(both, r => Assert.Equal(joinUrl, Assert.Single(CardOf(r).Actions!.OfType<OpenUrlAction>()).Url));
        Assert.Equal(joinUrl, Assert.Single(later.Actions!.OfType<OpenUrlAction>()).Url);
        Assert.Contains(BookingTexts.AlreadyBooked.Sv, SentCards.TextOf(later), StringComparison.Ordinal);
        var stored = Assert.Single(await _h.Store.ListAsync(Tenant, Area, 2026, CancellationToken.None));
        Assert.Equal(booked["id"]!.GetValue<string>(), stored.Event!.EventId);
    }

    [Fact]
    public async Task Book_WhenGraphKeepsThrottling_SaysTryAgainOnTheProposals_AndTheNextClickBooks()
    {
        var proposals = await ProposalsAsync(Cora, OneWeek);
        var option = Actions(proposals, BookingCards.BookVerb)[0];
        await _h.Graph.AddFaultAsync(429, count: 10, pathContains: "/events", method: "POST");

        var throttled = CardOf(await _h.ClickAsync(Cora, proposals, option));

        Assert.Contains("Kalendertjänsten är upptagen just nu. Försök igen om en stund.", SentCards.TextOf(throttled), StringComparison.Ordinal);
        Assert.Equal(5, Actions(throttled, BookingCards.BookVerb).Count);
        Assert.Empty(await _h.EventsOfAsync(Cora));
        Assert.Equal(3, (await _h.Graph.RequestsAsync()).Count(r => r["method"]!.GetValue<string>() == "POST" && r["path"]!.GetValue<string>().EndsWith("/events", StringComparison.Ordinal)));

        await _h.Graph.ClearFaultsAsync();
        var booked = CardOf(await _h.ClickAsync(Cora, throttled, Actions(throttled, BookingCards.BookVerb)[0]));

        Assert.Contains(BookingTexts.BookedTitle.Sv, SentCards.TextOf(booked), StringComparison.Ordinal);
        Assert.Single(await _h.EventsOfAsync(Cora));
    }

    [Fact]
    public async Task Book_WhenTheAnswersAreLost_TheRetriedClickGetsTheEventGraphAlreadyMade()
    {
        var proposals = await ProposalsAsync(Cora, OneWeek);
        var option = Actions(proposals, BookingCards.BookVerb)[0];
        // Every attempt of the first click (1 + 2 retries) takes effect, but its answer is lost.
        await _h.Graph.AddFaultAsync(503, count: 3, pathContains: "/events", method: "POST", afterProcessing: true);

        var lost = CardOf(await _h.ClickAsync(Cora, proposals, option));
        var retried = CardOf(await _h.ClickAsync(Cora, lost, Actions(lost, BookingCards.BookVerb)[0]));

        Assert.Contains("Försök igen om en stund", SentCards.TextOf(lost), StringComparison.Ordinal);
        Assert.Contains(BookingTexts.BookedTitle.Sv, SentCards.TextOf(retried), StringComparison.Ordinal);
        Assert.Single(await _h.EventsOfAsync(Cora));
    }

    [Fact]
    public async Task Propose_WhenGetScheduleIsThrottled_ShowsTryAgainOnTheFormWithWhatWasTyped()
    {
        await _h.Graph.AddFaultAsync(503, count: 10, pathContains: "getSchedule");
        var form = await _h.FormAsync(Cora);

        var card = CardOf(await _h.ClickAsync(Cora, form, Action(form, BookingCards.ProposeVerb), new Dictionary<string, string?>(OneWeek) { ["agenda"] = "Vår egen dagordning" }));

        Assert.Contains("Försök igen om en stund", SentCards.TextOf(card), StringComparison.Ordinal);
        Assert.Equal(("2026-09-14", "Vår egen dagordning"), (InputValues(card)["from"], InputValues(card)["agenda"]));
        Assert.Empty(await _h.Store.ListAsync(Tenant, Area, 2026, CancellationToken.None));
    }

    [Fact]
    public async Task Click_WhenGraphKeepsTheBotWaitingLongerThanAnInvokeMay_SaysTryAgain()
    {
        await using var patient = await CreateAsync(azurite, emulator, new Dictionary<string, string?>
        {
            ["Booking:ActionTimeout"] = "00:00:01",
            ["Graph:RetriesTimeLimit"] = "00:01:00",
        });
        await patient.Graph.AddFaultAsync(429, count: 10, pathContains: "getSchedule", retryAfterSeconds: 5);
        var form = await patient.FormAsync(Cora);

        var result = await patient.ClickAsync(Cora, form, Action(form, BookingCards.ProposeVerb), OneWeek);

        Assert.Equal("Kalendertjänsten är upptagen just nu. Försök igen om en stund.", Assert.IsType<CardActionResult.ErrorResult>(result).Text);
        Assert.Empty(await patient.Store.ListAsync(Tenant, Area, 2026, CancellationToken.None));
    }

    [Fact]
    public async Task Move_OffersNewTimes_AndMovesTheEvent_OnceHoweverOftenItIsClicked()
    {
        var confirmation = await BookFirstOptionAsync();
        var before = Assert.Single(await _h.EventsOfAsync(Cora));

        var move = CardOf(await _h.ClickAsync(Cora, confirmation, Action(confirmation, BookingCards.MoveVerb)));
        var targets = Actions(move, BookingCards.MoveToVerb);
        Assert.InRange(targets.Count, 3, 5);
        Assert.DoesNotContain(targets, t => DateTimeOffset.Parse(DataOf(t, BookingCards.StartKey), System.Globalization.CultureInfo.InvariantCulture) == before["start"]!.GetValue<DateTimeOffset>());

        var moved = await Task.WhenAll(_h.ClickAsync(Cora, move, targets[0]), _h.ClickAsync(Cora, move, targets[0]));

        var target = DateTimeOffset.Parse(DataOf(targets[0], BookingCards.StartKey), System.Globalization.CultureInfo.InvariantCulture);
        var after = Assert.Single(await _h.EventsOfAsync(Cora));
        Assert.Equal(before["id"]!.GetValue<string>(), after["id"]!.GetValue<string>());
        Assert.Equal(target, after["start"]!.GetValue<DateTimeOffset>());
        Assert.All(moved, r => Assert.Contains(BookingTexts.Moved.Sv, SentCards.TextOf(CardOf(r)), StringComparison.Ordinal));
        var stored = Assert.Single(await _h.Store.ListAsync(Tenant, Area, 2026, CancellationToken.None));
        Assert.Equal((GatheringStatus.Booked, target), (stored.Status, stored.Event!.Start));
        Assert.Empty(stored.Options);
    }

    [Fact]
    public async Task Move_WithABadPeriod_KeepsTheMoveCardWithTheError()
    {
        var confirmation = await BookFirstOptionAsync();
        var move = CardOf(await _h.ClickAsync(Cora, confirmation, Action(confirmation, BookingCards.MoveVerb)));

        var card = CardOf(await _h.ClickAsync(Cora, move, Action(move, BookingCards.MoveVerb), new Dictionary<string, string?> { ["from"] = "2026-10-10", ["to"] = "2026-10-01" }));

        Assert.Contains(BookingTexts.ToBeforeFrom.Sv, SentCards.TextOf(card), StringComparison.Ordinal);
        Assert.Equal(("2026-10-10", "2026-10-01"), (InputValues(card)["from"], InputValues(card)["to"]));
        Assert.Contains(BookingTexts.MoveTitle.Sv, SentCards.TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_AsksFirst_ThenCancelsTheEventOnce_AndStoresItAsCancelled()
    {
        var confirmation = await BookFirstOptionAsync();

        var question = CardOf(await _h.ClickAsync(Cora, confirmation, Action(confirmation, BookingCards.CancelVerb)));
        Assert.Single(await _h.EventsOfAsync(Cora), e => !e["isCancelled"]!.GetValue<bool>());
        var confirm = Action(question, BookingCards.ConfirmCancelVerb);
        var first = CardOf(await _h.ClickAsync(Cora, question, confirm));
        var second = CardOf(await _h.ClickAsync(Cora, question, confirm));

        var cancelled = Assert.Single(await _h.EventsOfAsync(Cora));
        Assert.True(cancelled["isCancelled"]!.GetValue<bool>());
        Assert.Equal(BookingTexts.CancelComment, cancelled["cancellationComment"]!.GetValue<string>());
        Assert.Single(await _h.Graph.RequestsAsync(), r => r["path"]!.GetValue<string>().EndsWith("/cancel", StringComparison.Ordinal));
        Assert.All([first, second], c => Assert.Contains(BookingTexts.CancelledTitle.Sv, SentCards.TextOf(c), StringComparison.Ordinal));
        Assert.Single(Actions(first, BookingCards.NewVerb));
        Assert.Equal(GatheringStatus.Cancelled, Assert.Single(await _h.Store.ListAsync(Tenant, Area, 2026, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task OtherAreasCoordinator_CannotBookMoveOrCancel_AnotherAreasGathering()
    {
        var proposals = await ProposalsAsync(Cora, OneWeek);
        var book = Actions(proposals, BookingCards.BookVerb)[0];

        var refused = await _h.ClickAsync(Sam, proposals, book);
        var confirmation = CardOf(await _h.ClickAsync(Cora, proposals, book));
        var move = await _h.ClickAsync(Sam, confirmation, Action(confirmation, BookingCards.MoveVerb));
        var cancel = await _h.ClickAsync(Nils, confirmation, Action(confirmation, BookingCards.CancelVerb));

        Assert.All([refused, move, cancel], r => Assert.Contains("Bara samordnarna för Fyrbodal", Assert.IsType<CardActionResult.ErrorResult>(r).Text, StringComparison.Ordinal));
        Assert.False(Assert.Single(await _h.EventsOfAsync(Cora))["isCancelled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Admin_CanBookForAnyArea_AndDanAsTheOtherCoordinatorCanMoveIt()
    {
        var proposals = await ProposalsAsync(Admin, OneWeek);
        var confirmation = CardOf(await _h.ClickAsync(Admin, proposals, Actions(proposals, BookingCards.BookVerb)[0]));

        var created = Assert.Single(await _h.EventsOfAsync(Admin));
        Assert.Equal(4, created["attendees"]!.AsArray().Count); // Cora, Dan, Erik, Frida
        var move = CardOf(await _h.ClickAsync(Dan, confirmation, Action(confirmation, BookingCards.MoveVerb)));
        Assert.NotEmpty(Actions(move, BookingCards.MoveToVerb));
    }

    [Fact]
    public async Task Propose_WhenTheAreaHasAMeetingBookedThisYear_SaysSoOnTheProposals()
    {
        await BookFirstOptionAsync();

        var card = await ProposalsAsync(Dan, new Dictionary<string, string?> { ["from"] = "2026-09-21", ["to"] = "2026-09-25" });

        Assert.Contains(
            "Obs: Fyrbodal har redan en bokad ordförandeträff i år, onsdag 16 september 2026, 12:00–14:00.",
            SentCards.TextOf(card),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_ForAnAreaWithoutChairs_SaysSoOnTheForm()
    {
        var form = await _h.FormAsync(Admin);

        var card = CardOf(await _h.ClickAsync(Admin, form, Action(form, BookingCards.ProposeVerb), new Dictionary<string, string?>(OneWeek) { ["area"] = "simba" }));

        Assert.Contains("Det finns inga ordförande registrerade för grupperna i SIMBA.", SentCards.TextOf(card), StringComparison.Ordinal);
        Assert.Equal("simba", InputValues(card)["area"]);
    }

    [Fact]
    public async Task InEnglish_TheProposalsAreInEnglishWithBritishDates()
    {
        var form = await _h.FormAsync(Cora, UiLanguage.English);

        var card = CardOf(await _h.ClickAsync(Cora, form, Action(form, BookingCards.ProposeVerb), OneWeek, UiLanguage.English));

        var text = SentCards.TextOf(card);
        Assert.Contains("Proposed times – Fyrbodal", text, StringComparison.Ordinal);
        Assert.Contains("Wednesday 16 September 2026, 12:00–14:00", text, StringComparison.Ordinal);
        Assert.Contains("All 4 can come.", text, StringComparison.Ordinal);
        Assert.StartsWith("Book Wednesday 16 September 12:00", Actions(card, BookingCards.BookVerb)[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutGraphSettings_TheCommandSaysTheCalendarIsNotSetUp()
    {
        await using var unconfigured = await CreateAsync(azurite, emulator, new Dictionary<string, string?> { ["Graph:BaseUrl"] = "https://graph.example.test/v1.0" });

        var sent = await unconfigured.RunCommandAsync(Cora);

        Assert.Null(sent.Attachments);
        Assert.Equal(BookingTexts.GraphNotConfigured.Sv, sent.Text);
        Assert.False(unconfigured.Service.IsCalendarConfigured);
    }

    private async Task<AdaptiveCard> ProposalsAsync(TestPerson who, IReadOnlyDictionary<string, string?> typed)
    {
        var form = await _h.FormAsync(who);
        var card = CardOf(await _h.ClickAsync(who, form, Action(form, BookingCards.ProposeVerb), new Dictionary<string, string?>(typed) { ["area"] = Area }));
        Assert.NotEmpty(Actions(card, BookingCards.BookVerb));
        return card;
    }

    private async Task<AdaptiveCard> BookFirstOptionAsync()
    {
        var proposals = await ProposalsAsync(Cora, OneWeek);
        var card = CardOf(await _h.ClickAsync(Cora, proposals, Actions(proposals, BookingCards.BookVerb)[0]));
        Assert.Contains(BookingTexts.BookedTitle.Sv, SentCards.TextOf(card), StringComparison.Ordinal);
        return card;
    }

    private static IEnumerable<T> InputsOf<T>(AdaptiveCard card)
        where T : CardInput =>
        card.Body.OfType<T>().Concat(card.Body.OfType<ColumnSet>().SelectMany(s => s.Columns).SelectMany(c => c.Items).OfType<T>());
}
