using Moq;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Features.Records.Validation;
using VastbusBot.Testing;
using VastbusBot.Tests.Records;
using VastbusBot.Tests.Support;
using static VastbusBot.Tests.RecordCards.RecordCardsHarness;

namespace VastbusBot.Tests.RecordCards;

/// <summary><c>logga möte</c>, the meeting form's buttons and <c>visa möten</c>, through the real services on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingCardsTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly UiLanguage Sv = UiLanguage.Swedish;

    private static async Task<RecordCardsHarness> WithGroupAsync(AzuriteFixture azurite, Actor chair, params Actor[] members)
    {
        var h = Create(azurite);
        await h.Registry.AssignChairAsync(Admin, "boras", RecordsHarness.FormFor(chair, "Enhetschef", "Socialtjänsten"), None);
        foreach (var member in members)
        {
            await h.Registry.AddMemberAsync(Admin, "boras", RecordsHarness.FormFor(member, "Rektor", "Skolan"), None);
        }

        return h;
    }

    private static Dictionary<string, string?> ValidInputs() => new()
    {
        [MeetingFormState.NameId(1)] = "Omar Said",
        [MeetingFormState.OrganisationId(1)] = "BUP",
        [RecordFields.Topics] = "Rutiner för kallelse inom tre veckor.",
        [RecordFields.Decisions] = "Skolan kallar nästa gång.",
        [RecordFields.Trainings] = "SIP-utbildning\n\nSkolans elevhälsa",
    };

    private static async Task<int> StoredAsync(RecordCardsHarness h, Actor actor) =>
        Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(actor, "boras", 2025, None)).Value.Count;

    [Fact]
    public async Task LogMeeting_Member_GetsTheFormForTheirGroup_DatedToday_WithThemselvesOnTheFirstRow()
    {
        var chair = User(1, "Karin Berg");
        await using var h = await WithGroupAsync(azurite, chair);

        var first = await h.CardForAsync(chair, "logga möte");
        var second = await h.CardForAsync(chair, "log meeting");

        var inputs = Inputs(first);
        Assert.Equal("boras", inputs[MeetingCards.GroupKey]);
        Assert.Equal("2025-06-15", inputs[RecordFields.Date]);
        Assert.Equal(("Karin Berg", "Socialtjänsten"), (inputs[MeetingFormState.NameId(0)], inputs[MeetingFormState.OrganisationId(0)]));
        Assert.Equal("2025-06-15", ((InputDate)Input(first, RecordFields.Date)).Max);
        Assert.True(Input(first, RecordFields.Topics).IsRequired);
        Assert.Contains(MeetingTexts.FormTitle.En, SentCards.TextOf(second), StringComparison.Ordinal);
        var save = Assert.IsType<ExecuteAction>(first.Actions![0]);
        Assert.Equal(MeetingCards.SaveVerb, save.Verb);
        Assert.IsType<SubmitAction>(save.Fallback);
        Assert.NotEqual(Submission(first), Submission(second));
    }

    [Fact]
    public async Task LogMeeting_UserInNoGroup_IsToldWhatToDo_WithTheirUserId()
    {
        await using var h = Create(azurite);
        var newcomer = User(7);

        var text = await h.TextForAsync(newcomer, "logga möte");

        Assert.Contains("inte med i någon lokal Västbusgrupp", text, StringComparison.Ordinal);
        Assert.Contains("lägg till medlem", text, StringComparison.Ordinal);
        Assert.Contains(newcomer.AadObjectId, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogMeeting_AdminInNoGroup_GetsTheJoinCard_AndJoiningAsChairOpensTheForm()
    {
        await using var h = Create(azurite);

        var join = await h.CardForAsync(Admin, "logga möte");
        Assert.Contains(MeetingTexts.NoGroupTitle.Sv, SentCards.TextOf(join), StringComparison.Ordinal);

        var noGroup = CardOf(await h.ClickAsync(Admin, join, MeetingTexts.MakeMeChair.Sv, new Dictionary<string, string?> { [RecordFields.Function] = "Samordnare" }));
        Assert.Equal([RecordsText.Required.Sv], ErrorsAt(noGroup, MeetingCards.GroupKey));
        Assert.Equal("Samordnare", Inputs(noGroup)[RecordFields.Function]);

        var form = CardOf(await h.ClickAsync(Admin, noGroup, MeetingTexts.MakeMeChair.Sv, new Dictionary<string, string?>
        {
            [MeetingCards.GroupKey] = "boras",
            [RecordFields.Organisation] = "Regionen",
        }));

        Assert.Contains("Klart – du är ordförande i Västbusgruppen i Borås", SentCards.TextOf(form), StringComparison.Ordinal);
        Assert.Equal("boras", Inputs(form)[MeetingCards.GroupKey]);
        Assert.Equal("Regionen", Inputs(form)[MeetingFormState.OrganisationId(0)]);
        Assert.True((await h.Registry.GetRolesAsync(Admin.TenantId, Admin.AadObjectId, None)).IsChairOf("boras"));
    }

    [Fact]
    public async Task Save_ValidForm_BecomesTheReadOnlySummaryWithAnEditButton_AndIsStored()
    {
        var chair = User(1, "Karin Berg");
        await using var h = await WithGroupAsync(azurite, chair);
        var form = await h.CardForAsync(chair, "logga möte");

        var summary = CardOf(await h.ClickAsync(chair, form, MeetingTexts.SaveMeeting.Sv, ValidInputs()));

        var text = SentCards.TextOf(summary);
        Assert.Contains("Möte 2025-06-15", text, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.Saved.Sv, text, StringComparison.Ordinal);
        Assert.Contains("• Omar Said, BUP", text, StringComparison.Ordinal);
        Assert.Empty(Inputs(summary));
        Assert.Contains(summary.Actions!, a => a.Title == MeetingTexts.Edit.Sv);
        var stored = Assert.Single(Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(chair, "boras", 2025, None)).Value);
        Assert.Equal(["SIP-utbildning", "Skolans elevhälsa"], stored.Content.Trainings);
        Assert.Equal([new Participant("Karin Berg", "Socialtjänsten"), new Participant("Omar Said", "BUP")], stored.Content.Participants);
        Assert.Equal(Submission(form), stored.SubmissionId);
    }

    [Fact]
    public async Task Save_SameCardTwice_StoresOneMeeting_AndTheSecondSaysItWasAlreadySaved()
    {
        var chair = User(1);
        await using var h = await WithGroupAsync(azurite, chair);
        var form = await h.CardForAsync(chair, "logga möte");

        var first = await h.ClickAsync(chair, form, MeetingTexts.SaveMeeting.Sv, ValidInputs());
        var again = await h.ClickAsync(chair, form, MeetingTexts.SaveMeeting.Sv, ValidInputs());

        Assert.Contains(MeetingTexts.Saved.Sv, TextOf(first), StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.AlreadySaved.Sv, TextOf(again), StringComparison.Ordinal);
        Assert.Equal(1, await StoredAsync(h, chair));
    }

    [Fact]
    public async Task Save_SameCardAsExecuteAndAsItsSubmitFallback_StoresOneMeeting()
    {
        var chair = User(1);
        await using var h = await WithGroupAsync(azurite, chair);
        var form = await h.CardForAsync(chair, "logga möte");
        var data = new Dictionary<string, object?>(Inputs(form).ToDictionary(p => p.Key, p => (object?)p.Value));
        foreach (var (key, value) in ValidInputs())
        {
            data[key] = value;
        }

        data[RecordFields.SubmissionId] = Submission(form);
        data[MeetingCards.RowsKey] = MeetingFormState.InitialRows;

        await h.ExecuteAsync(chair, MeetingCards.SaveVerb, data);
        var dispatcher = new ActivityDispatcher(
            h.Get<CommandRouter>(), h.Get<CardActionRouter>(), new Mock<IQuestionHandler>().Object, h.Conversations, h.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ActivityDispatcher>.Instance);
        var submit = Activities.Submit([], "card-1", locale: "sv-SE");
        submit.Value = System.Text.Json.JsonSerializer.SerializeToElement(new Dictionary<string, object?>(data) { ["verb"] = MeetingCards.SaveVerb, ["lang"] = "sv" });
        submit.From = new Protocol.Schema.ChannelAccount { Id = "29:x", AadObjectId = chair.AadObjectId, Name = chair.Name };
        submit.Conversation!.TenantId = chair.TenantId;
        submit.ChannelData = new System.Text.Json.Nodes.JsonObject { ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = chair.TenantId } };
        var turn = new RecordingTurnContext(submit);
        await dispatcher.OnActivityAsync(turn, None);

        var (cardId, update) = Assert.Single(turn.Updated);
        Assert.Equal("card-1", cardId);
        Assert.Contains(MeetingTexts.AlreadySaved.Sv, SentCards.TextOf(update), StringComparison.Ordinal);
        Assert.Equal(1, await StoredAsync(h, chair));
    }

    [Fact]
    public async Task Save_InvalidForm_ComesBackOnTheSameCard_WithWhatWasTyped_AndErrorsNextToTheFields()
    {
        var chair = User(1);
        await using var h = await WithGroupAsync(azurite, chair);
        var form = await h.CardForAsync(chair, "log meeting");
        var typed = new Dictionary<string, string?>
        {
            [RecordFields.Date] = "2025-06-16",
            [MeetingFormState.NameId(2)] = "Omar Said",
            [RecordFields.Topics] = "  ",
            [RecordFields.Decisions] = "Kallelser skickas i tid.",
            [RecordFields.Trainings] = "SIP\n" + new string('x', MeetingValidator.MaxTrainingLength + 1),
        };

        var again = CardOf(await h.ClickAsync(chair, form, MeetingTexts.SaveMeeting.En, typed));

        var inputs = Inputs(again);
        Assert.Equal("2025-06-16", inputs[RecordFields.Date]);
        Assert.Equal("Omar Said", inputs[MeetingFormState.NameId(2)]);
        Assert.Equal("Kallelser skickas i tid.", inputs[RecordFields.Decisions]);
        Assert.Equal(typed[RecordFields.Trainings], inputs[RecordFields.Trainings]);
        Assert.Equal(["The date cannot be later than today (2025-06-15)."], ErrorsAt(again, RecordFields.Date));
        Assert.Equal([MeetingTexts.RowRequired.En], ErrorsAt(again, MeetingFormState.OrganisationId(2)));
        Assert.Equal([RecordsText.Required.En], ErrorsAt(again, RecordFields.Topics));
        Assert.Single(ErrorsAt(again, RecordFields.Trainings), e => e.StartsWith("Trainings, row 2: The text is too long", StringComparison.Ordinal));
        var summary = SentCards.TextOf(again);
        Assert.Contains(FormTexts.NothingSaved.En, summary, StringComparison.Ordinal);
        Assert.Contains("Date, Participants, row 3, Topics discussed, Trainings, row 2", summary, StringComparison.Ordinal);
        Assert.Equal(Submission(form), Submission(again));
        Assert.Equal(0, await StoredAsync(h, chair));
    }

    [Fact]
    public async Task Save_PersonnummerInFreeText_IsRefusedWithAnExplanation_AndNothingIsStored()
    {
        var chair = User(1);
        await using var h = await WithGroupAsync(azurite, chair);
        var form = await h.CardForAsync(chair, "logga möte");
        var inputs = ValidInputs();
        inputs[RecordFields.DeviationsDiscussed] = "Flickan 20121212-1212 fick vänta.";

        var refused = CardOf(await h.ClickAsync(chair, form, MeetingTexts.SaveMeeting.Sv, inputs));

        Assert.Contains(FormTexts.NothingSavedIdentifier.Sv, SentCards.TextOf(refused), StringComparison.Ordinal);
        var error = Assert.Single(ErrorsAt(refused, RecordFields.DeviationsDiscussed));
        Assert.StartsWith("Här står något som ser ut som ett personnummer", error, StringComparison.Ordinal);
        Assert.DoesNotContain("20121212-1212", error, StringComparison.Ordinal);
        Assert.Equal(inputs[RecordFields.DeviationsDiscussed], Inputs(refused)[RecordFields.DeviationsDiscussed]);
        Assert.Equal(0, await StoredAsync(h, chair));
    }

    [Fact]
    public async Task Save_ForAGroupTheUserIsNotIn_IsRefused_AndNothingIsStored()
    {
        var chair = User(1);
        var outsider = User(9);
        await using var h = await WithGroupAsync(azurite, chair);
        await h.Registry.AddMemberAsync(Admin, "mark", RecordsHarness.FormFor(outsider), None);
        var form = await h.CardForAsync(outsider, "logga möte");

        var result = await h.ClickAsync(outsider, form, MeetingTexts.SaveMeeting.Sv, new Dictionary<string, string?>(ValidInputs()) { [MeetingCards.GroupKey] = "boras" });

        Assert.Equal("Bara medlemmarna i Västbusgruppen i Borås kan logga gruppens möten.", Assert.IsType<CardActionResult.ErrorResult>(result).Text);
        Assert.Equal(0, await StoredAsync(h, chair));
    }

    [Fact]
    public async Task MoreRows_AddsParticipantRows_AndKeepsEverythingTyped()
    {
        var chair = User(1);
        await using var h = await WithGroupAsync(azurite, chair);
        var form = await h.CardForAsync(chair, "logga möte");

        var more = CardOf(await h.ClickAsync(chair, form, MeetingTexts.MoreRows.Sv, ValidInputs()));

        var inputs = Inputs(more);
        Assert.Equal(MeetingFormState.InitialRows + MeetingFormState.RowStep, inputs.Keys.Count(k => k.StartsWith('p') && k.EndsWith('n')));
        Assert.Equal("Omar Said", inputs[MeetingFormState.NameId(1)]);
        Assert.Equal(ValidInputs()[RecordFields.Trainings], inputs[RecordFields.Trainings]);
        Assert.Equal(Submission(form), Submission(more));
        Assert.Empty(ErrorsAt(more, RecordFields.Topics));
    }

    [Fact]
    public async Task Edit_ThenSave_ChangesTheMeeting()
    {
        var chair = User(1);
        await using var h = await WithGroupAsync(azurite, chair);
        var summary = CardOf(await h.ClickAsync(chair, await h.CardForAsync(chair, "logga möte"), MeetingTexts.SaveMeeting.Sv, ValidInputs()));

        var edit = CardOf(await h.ClickAsync(chair, summary, MeetingTexts.Edit.Sv));
        Assert.Equal(ValidInputs()[RecordFields.Topics], Inputs(edit)[RecordFields.Topics]);
        var saved = CardOf(await h.ClickAsync(chair, edit, MeetingTexts.SaveChanges.Sv, new Dictionary<string, string?> { [RecordFields.Topics] = "Nya rutiner." }));

        Assert.Contains(MeetingTexts.Updated.Sv, SentCards.TextOf(saved), StringComparison.Ordinal);
        Assert.Contains("Nya rutiner.", SentCards.TextOf(saved), StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.ChangedBy.Sv[..16], SentCards.TextOf(saved), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_TwoPeopleFromTheSameVersion_TheSecondGetsAClearMessageAndTheCurrentVersion()
    {
        var chair = User(1);
        var member = User(2);
        await using var h = await WithGroupAsync(azurite, chair, member);
        var summary = CardOf(await h.ClickAsync(chair, await h.CardForAsync(chair, "logga möte"), MeetingTexts.SaveMeeting.Sv, ValidInputs()));
        var chairsEdit = CardOf(await h.ClickAsync(chair, summary, MeetingTexts.Edit.Sv));
        var membersEdit = CardOf(await h.ClickAsync(member, summary, MeetingTexts.Edit.Sv));

        await h.ClickAsync(chair, chairsEdit, MeetingTexts.SaveChanges.Sv, new Dictionary<string, string?> { [RecordFields.Topics] = "Ordförandens version." });
        var conflict = CardOf(await h.ClickAsync(member, membersEdit, MeetingTexts.SaveChanges.Sv, new Dictionary<string, string?> { [RecordFields.Topics] = "Medlemmens version." }));

        var text = SentCards.TextOf(conflict);
        Assert.Contains(RecordsText.MeetingConflict.Sv, text, StringComparison.Ordinal);
        Assert.Contains("Ordförandens version.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Medlemmens version.", text, StringComparison.Ordinal);
        var retry = CardOf(await h.ClickAsync(member, conflict, MeetingTexts.Edit.Sv));
        Assert.Contains(MeetingTexts.Updated.Sv, TextOf(await h.ClickAsync(member, retry, MeetingTexts.SaveChanges.Sv, new Dictionary<string, string?> { [RecordFields.Topics] = "Medlemmens version." })), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_SameChangeDeliveredTwice_IsSavedOnce_WithoutAConflictMessage()
    {
        var chair = User(1);
        await using var h = await WithGroupAsync(azurite, chair);
        var summary = CardOf(await h.ClickAsync(chair, await h.CardForAsync(chair, "logga möte"), MeetingTexts.SaveMeeting.Sv, ValidInputs()));
        var edit = CardOf(await h.ClickAsync(chair, summary, MeetingTexts.Edit.Sv));
        var change = new Dictionary<string, string?> { [RecordFields.Topics] = "Ändrat en gång." };

        await h.ClickAsync(chair, edit, MeetingTexts.SaveChanges.Sv, change);
        var retried = TextOf(await h.ClickAsync(chair, edit, MeetingTexts.SaveChanges.Sv, change));

        Assert.Contains(MeetingTexts.Updated.Sv, retried, StringComparison.Ordinal);
        Assert.DoesNotContain(RecordsText.MeetingConflict.Sv, retried, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ByACoordinatorWhoMayOnlyRead_IsRefused()
    {
        var chair = User(1);
        var coordinator = User(3);
        await using var h = await WithGroupAsync(azurite, chair);
        await h.Registry.AssignCoordinatorAsync(Admin, "sodra-alvsborg", RecordsHarness.FormFor(coordinator), None);
        var summary = CardOf(await h.ClickAsync(chair, await h.CardForAsync(chair, "logga möte"), MeetingTexts.SaveMeeting.Sv, ValidInputs()));

        var list = await h.CardForAsync(coordinator, "visa möten Borås 2025");
        var result = await h.ClickAsync(coordinator, summary, MeetingTexts.Edit.Sv);

        Assert.Contains("Rutiner för kallelse", SentCards.TextOf(list), StringComparison.Ordinal);
        Assert.Equal("Bara medlemmarna i Västbusgruppen i Borås kan logga gruppens möten.", Assert.IsType<CardActionResult.ErrorResult>(result).Text);
    }

    [Fact]
    public async Task ShowMeetings_ListsTheYearsMeetingsNewestFirst_AndARowOpensTheSummary()
    {
        var chair = User(1);
        await using var h = await WithGroupAsync(azurite, chair);
        foreach (var (date, topics) in new[] { ("2025-02-10", "Februarimötet."), ("2025-05-20", "Majmötet."), ("2024-11-30", "Förra året.") })
        {
            var form = await h.CardForAsync(chair, "logga möte");
            await h.ClickAsync(chair, form, MeetingTexts.SaveMeeting.Sv, new Dictionary<string, string?>(ValidInputs()) { [RecordFields.Date] = date, [RecordFields.Topics] = topics });
        }

        var list = await h.CardForAsync(chair, "visa möten");
        var text = SentCards.TextOf(list);
        Assert.Contains("Möten 2025", text, StringComparison.Ordinal);
        Assert.Contains("Västbusgruppen i Borås – 2 möten", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Majmötet.", StringComparison.Ordinal) < text.IndexOf("Februarimötet.", StringComparison.Ordinal));
        Assert.DoesNotContain("Förra året.", text, StringComparison.Ordinal);

        var opened = TextOf(await h.ClickRowAsync(chair, list, "Februarimötet."));
        Assert.Contains("Möte 2025-02-10", opened, StringComparison.Ordinal);

        var lastYear = SentCards.TextOf(CardOf(await h.ClickAsync(chair, list, "← 2024")));
        Assert.Contains("Västbusgruppen i Borås – 1 möte", lastYear, StringComparison.Ordinal);
        Assert.Contains("Förra året.", lastYear, StringComparison.Ordinal);
        Assert.Contains("2025 →", lastYear, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.NoneThisYear.Format(Sv, 2023), TextOf(await h.ClickAsync(chair, CardOf(await h.ClickAsync(chair, list, "← 2024")), "← 2023")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("visa möten 1999", "\"1999\" är inget år")]
    [InlineData("visa möten 2030", "\"2030\" är inget år")]
    [InlineData("visa möten Atlantis", "Jag hittar ingen Västbusgrupp för \"Atlantis\"")]
    [InlineData("visa möten", "Du är inte med i någon Västbusgrupp")]
    public async Task ShowMeetings_WhatCannotBeShown_IsSaidPlainly(string command, string expected)
    {
        await using var h = Create(azurite);

        Assert.Contains(expected, await h.TextForAsync(User(8), command), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowMeetings_OfAGroupTheUserMayNotSee_IsRefused()
    {
        var chair = User(1);
        await using var h = await WithGroupAsync(azurite, chair);

        var text = await h.TextForAsync(User(8), "visa möten Borås");

        Assert.StartsWith("Bara medlemmarna i Västbusgruppen i Borås, områdets samordnare och administratörer", text, StringComparison.Ordinal);
    }

    private static string Submission(AdaptiveCard form) =>
        (string)((IReadOnlyDictionary<string, object?>)((ExecuteAction)form.Actions![0]).Data!)[RecordFields.SubmissionId]!;
}
