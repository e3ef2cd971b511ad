using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Validation;
using VastbusBot.Protocol;
using VastbusBot.Testing;
using VastbusBot.Tests.Records;
using VastbusBot.Tests.Support;
using static VastbusBot.Tests.RecordCards.RecordCardsHarness;

namespace VastbusBot.Tests.RecordCards;

/// <summary>
/// <c>rapportera avvikelse</c>, the chair's card and the proactive notices, <c>visa avvikelser</c>, through the real
/// services on Azurite and a connector that records what is sent proactively.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeviationCardsTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly Actor Chair = User(1, "Karin Berg");
    private static readonly Actor Reporter = User(2, "Omar Said");

    private static async Task<RecordCardsHarness> WithChairAsync(AzuriteFixture azurite, Actor? chair = null)
    {
        var h = Create(azurite);
        if (chair is not null)
        {
            await h.Registry.AssignChairAsync(Admin, "boras", RecordsHarness.FormFor(chair), None);
        }

        return h;
    }

    private static Dictionary<string, string?> ValidReport(string group = "boras") => new()
    {
        [MeetingCards.GroupKey] = group,
        [RecordFields.Date] = "2025-06-10",
        [RecordFields.ReportingOrganisation] = "Elevhälsan i Borås",
        [RecordFields.PartiesConcerned] = "bup,social-services",
        [RecordFields.Category] = "called-party-absent",
        [RecordFields.Description] = "En kallad part kom inte till Västbusmötet.",
        [RecordFields.ProposedAction] = "Påminnelse dagen före.",
    };

    private static async Task<AdaptiveCard> ReportAsync(RecordCardsHarness h, Actor actor, Dictionary<string, string?>? inputs = null, string command = "rapportera avvikelse")
    {
        var form = await h.CardForAsync(actor, command);
        return CardOf(await h.ClickAsync(actor, form, DeviationTexts.Send.Sv, inputs ?? ValidReport()));
    }

    private static async Task<Deviation> OnlyDeviationAsync(RecordCardsHarness h) =>
        Assert.Single(Assert.IsType<ServiceResult<IReadOnlyList<Deviation>>.Success>(await h.Deviations.ListAsync(Admin, "boras", new DeviationFilter(2025), None)).Value);

    [Fact]
    public async Task ReportForm_OffersEveryGroup_TheUsersOwnChosen_AndToday()
    {
        await using var h = await WithChairAsync(azurite, Chair);

        var form = await h.CardForAsync(Chair, "rapportera avvikelse");

        var group = (InputChoiceSet)Input(form, MeetingCards.GroupKey);
        Assert.Equal(49, group.Choices.Count);
        Assert.Equal("boras", group.Value);
        Assert.Equal("2025-06-15", Inputs(form)[RecordFields.Date]);
        Assert.True(((InputChoiceSet)Input(form, RecordFields.PartiesConcerned)).IsMultiSelect);
        Assert.Equal(DeviationCategories.All.Select(c => c.Code), ((InputChoiceSet)Input(form, RecordFields.Category)).Choices.Select(c => c.Value));
    }

    [Fact]
    public async Task Report_ChairHasChattedWithTheBot_TheChairGetsTheHandlingCard_AndTheReporterIsToldSo()
    {
        await using var h = await WithChairAsync(azurite, Chair);
        await h.RememberPersonalChatAsync(Chair, "en-GB");

        var receipt = SentCards.TextOf(await ReportAsync(h, Reporter));

        Assert.Contains(DeviationTexts.Reported.Sv, receipt, StringComparison.Ordinal);
        Assert.Contains(DeviationTexts.ChairNotified.Sv, receipt, StringComparison.Ordinal);
        Assert.Contains("Barn- och ungdomspsykiatrin (BUP), Socialtjänsten", receipt, StringComparison.Ordinal);
        Assert.Contains(DeviationTexts.ReporterViewNote.Sv, receipt, StringComparison.Ordinal);
        var chairCard = Assert.Single(h.ProactiveCardsTo(Chair));
        var text = SentCards.TextOf(chairCard);
        Assert.Contains("A new deviation has been reported to the Västbus group in Borås", text, StringComparison.Ordinal);
        Assert.Contains("En kallad part kom inte till Västbusmötet.", text, StringComparison.Ordinal);
        Assert.Contains(chairCard.Actions!, a => a.Title == DeviationTexts.SaveHandling.En);
        var (_, activity) = Assert.Single(h.Proactive);
        Assert.Equal(PersonalChat(Chair), activity.Conversation!.Id);
        Assert.Equal(ServiceUrl, activity.ServiceUrl);
    }

    [Fact]
    public async Task Report_ChairNeverChattedWithTheBot_IsStored_AndTheReporterIsToldTheChairCouldNotBeReached()
    {
        await using var h = await WithChairAsync(azurite, Chair);

        var receipt = SentCards.TextOf(await ReportAsync(h, Reporter));

        Assert.Contains(DeviationTexts.ChairUnreachable.Sv, receipt, StringComparison.Ordinal);
        Assert.Empty(h.Proactive);
        Assert.Equal(Reporter.AadObjectId, (await OnlyDeviationAsync(h)).Reported.AadObjectId);
    }

    [Fact]
    public async Task Report_ChairBlockedTheBot_CountsAsNotReached()
    {
        await using var h = await WithChairAsync(azurite, Chair);
        await h.RememberPersonalChatAsync(Chair);
        h.FailingConversations[PersonalChat(Chair)] = new ConnectorException(System.Net.HttpStatusCode.Forbidden, "BotDisabledByAdmin", "The bot is blocked.", null, null);

        var receipt = SentCards.TextOf(await ReportAsync(h, Reporter));

        Assert.Contains(DeviationTexts.ChairUnreachable.Sv, receipt, StringComparison.Ordinal);
        Assert.Single(Assert.IsType<ServiceResult<IReadOnlyList<Deviation>>.Success>(await h.Deviations.ListAsync(Admin, "boras", new DeviationFilter(2025), None)).Value);
    }

    [Fact]
    public async Task Report_GroupWithoutChair_GoesToTheAreasCoordinators()
    {
        await using var h = await WithChairAsync(azurite);
        var reached = User(3, "Lena Nord");
        var unreached = User(4, "Per Syd");
        await h.Registry.AssignCoordinatorAsync(Admin, "sodra-alvsborg", RecordsHarness.FormFor(reached), None);
        await h.Registry.AssignCoordinatorAsync(Admin, "sodra-alvsborg", RecordsHarness.FormFor(unreached), None);
        await h.RememberPersonalChatAsync(reached);

        var receipt = SentCards.TextOf(await ReportAsync(h, Reporter));

        Assert.Contains(DeviationTexts.CoordinatorsUnreachable.Format(UiLanguage.Swedish, 1), receipt, StringComparison.Ordinal);
        Assert.Single(h.ProactiveCardsTo(reached));
    }

    [Fact]
    public async Task Report_GroupWithNobodyToTellInTheBot_SaysSo()
    {
        await using var h = await WithChairAsync(azurite);

        var receipt = SentCards.TextOf(await ReportAsync(h, Reporter));

        Assert.Contains(DeviationTexts.NobodyToNotify.Sv, receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ByTheChair_GivesTheChairTheHandlingCardAtOnce()
    {
        await using var h = await WithChairAsync(azurite, Chair);

        var card = await ReportAsync(h, Chair);

        var text = SentCards.TextOf(card);
        Assert.Contains(DeviationTexts.YouHandleIt.Sv, text, StringComparison.Ordinal);
        Assert.Equal("received", Inputs(card)[RecordFields.Status]);
        Assert.Contains(card.Actions!, a => a.Title == DeviationTexts.SaveHandling.Sv);
        Assert.Empty(h.Proactive);
    }

    [Fact]
    public async Task Report_SameCardTwice_StoresOne_AndTellsTheChairOnce()
    {
        await using var h = await WithChairAsync(azurite, Chair);
        await h.RememberPersonalChatAsync(Chair);
        var form = await h.CardForAsync(Reporter, "rapportera avvikelse");

        await h.ClickAsync(Reporter, form, DeviationTexts.Send.Sv, ValidReport());
        var again = TextOf(await h.ClickAsync(Reporter, form, DeviationTexts.Send.Sv, ValidReport()));

        Assert.Contains(DeviationTexts.AlreadyReported.Sv, again, StringComparison.Ordinal);
        Assert.DoesNotContain(DeviationTexts.ChairNotified.Sv, again, StringComparison.Ordinal);
        await OnlyDeviationAsync(h);
        Assert.Single(h.Proactive);
    }

    [Fact]
    public async Task Report_PersonnummerInTheDescription_IsRefusedOnTheSameCard_NothingIsStoredOrSent()
    {
        await using var h = await WithChairAsync(azurite, Chair);
        await h.RememberPersonalChatAsync(Chair);
        var inputs = ValidReport();
        inputs[RecordFields.Description] = "Pojken 201212121212 fick ingen plan.";
        inputs[DeviationFormState.OtherPartyId] = "Fritidsgården, tel 070-123 45 67";

        var refused = await ReportAsync(h, Reporter, inputs);

        var text = SentCards.TextOf(refused);
        Assert.Contains(FormTexts.NothingSavedIdentifier.Sv, text, StringComparison.Ordinal);
        Assert.StartsWith("Här står något som ser ut som ett personnummer", Assert.Single(ErrorsAt(refused, RecordFields.Description)), StringComparison.Ordinal);
        Assert.StartsWith("Här står något som ser ut som ett telefonnummer", Assert.Single(ErrorsAt(refused, DeviationFormState.OtherPartyId)), StringComparison.Ordinal);
        Assert.Empty(ErrorsAt(refused, RecordFields.PartiesConcerned));
        var typed = Inputs(refused);
        Assert.Equal(inputs[RecordFields.Description], typed[RecordFields.Description]);
        Assert.Equal("bup,social-services", typed[RecordFields.PartiesConcerned]);
        Assert.Equal("Elevhälsan i Borås", typed[RecordFields.ReportingOrganisation]);
        Assert.Empty(await h.Deviations.ListMineAsync(Reporter, 10, None));
        Assert.Empty(h.Proactive);
    }

    [Fact]
    public async Task Report_MissingChoices_AreMarkedAtTheirInputs_InEnglish()
    {
        await using var h = await WithChairAsync(azurite, Chair);
        var inputs = ValidReport();
        inputs[MeetingCards.GroupKey] = null;

        var form = await h.CardForAsync(Reporter, "report deviation");
        var noGroup = CardOf(await h.ClickAsync(Reporter, form, DeviationTexts.Send.En, inputs));
        inputs[MeetingCards.GroupKey] = "boras";
        inputs[RecordFields.PartiesConcerned] = null;
        inputs[RecordFields.Category] = "not-a-category";
        var invalid = CardOf(await h.ClickAsync(Reporter, noGroup, DeviationTexts.Send.En, inputs));

        Assert.Equal([RecordsText.Required.En], ErrorsAt(noGroup, MeetingCards.GroupKey));
        Assert.Equal([RecordsText.AtLeastOneRow.En], ErrorsAt(invalid, RecordFields.PartiesConcerned));
        Assert.Equal([RecordsText.InvalidChoice.En], ErrorsAt(invalid, RecordFields.Category));
        Assert.Empty(await h.Deviations.ListMineAsync(Reporter, 10, None));
    }

    [Theory]
    [InlineData("rapportera avvikelse")]
    [InlineData("visa avvikelser")]
    public async Task DeviationCommands_InAGroupChat_PointToThePersonalChat(string command)
    {
        await using var h = Create(azurite);

        var sent = Assert.Single((await h.SayAsync(Reporter, command, conversationType: "groupChat")).Sent);

        Assert.StartsWith("Avvikelser hanteras bara i en personlig chatt med mig", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_Resolve_SavesTheAnalysis_AndTheReporterGetsAStatusNotice()
    {
        await using var h = await WithChairAsync(azurite, Chair);
        await h.RememberPersonalChatAsync(Chair);
        await h.RememberPersonalChatAsync(Reporter, "en-US");
        await ReportAsync(h, Reporter);
        var chairCard = Assert.Single(h.ProactiveCardsTo(Chair));

        var handled = CardOf(await h.ClickAsync(Chair, chairCard, DeviationTexts.SaveHandling.Sv, new Dictionary<string, string?>
        {
            [RecordFields.Status] = "resolved",
            [RecordFields.Analysis] = "Kallelsen gick till fel adress.",
        }));

        var text = SentCards.TextOf(handled);
        Assert.Contains("Sparat: status Löst.", text, StringComparison.Ordinal);
        Assert.Contains(DeviationTexts.ReporterTold.Sv, text, StringComparison.Ordinal);
        Assert.Contains("Mottagen → Löst", text, StringComparison.Ordinal);
        Assert.Equal("Kallelsen gick till fel adress.", Inputs(handled)[RecordFields.Analysis]);
        var notice = SentCards.TextOf(Assert.Single(h.ProactiveCardsTo(Reporter)));
        Assert.Contains("has changed status from \"Received\" to \"Resolved\"", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Kallelsen gick till fel adress.", notice, StringComparison.Ordinal);
        var stored = await OnlyDeviationAsync(h);
        Assert.Equal((DeviationStatus.Resolved, "Kallelsen gick till fel adress."), (stored.Status, stored.Analysis));
    }

    [Fact]
    public async Task Handle_ReporterNeverChatted_TheChairIsToldTheReporterWasNotReached()
    {
        await using var h = await WithChairAsync(azurite, Chair);
        await h.RememberPersonalChatAsync(Chair);
        await ReportAsync(h, Reporter);

        var handled = TextOf(await h.ClickAsync(Chair, Assert.Single(h.ProactiveCardsTo(Chair)), DeviationTexts.SaveHandling.Sv, new Dictionary<string, string?> { [RecordFields.Status] = "under-analysis" }));

        Assert.Contains(DeviationTexts.ReporterUnreachable.Sv, handled, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_ResolveWithoutAnalysis_ComesBackOnTheSameCardWithTheError_AndNothingChanges()
    {
        await using var h = await WithChairAsync(azurite, Chair);
        var card = await ReportAsync(h, Chair);

        var again = CardOf(await h.ClickAsync(Chair, card, DeviationTexts.SaveHandling.Sv, new Dictionary<string, string?> { [RecordFields.Status] = "resolved" }));

        Assert.Equal(["Skriv en analys innan avvikelsen får status \"Löst\"."], ErrorsAt(again, RecordFields.Analysis));
        Assert.Equal("resolved", Inputs(again)[RecordFields.Status]);
        Assert.Equal(DeviationStatus.Received, (await OnlyDeviationAsync(h)).Status);
    }

    [Fact]
    public async Task Handle_TwoHandlersAtOnce_TheSecondSeesTheMessageAndTheCurrentVersion()
    {
        await using var h = await WithChairAsync(azurite, Chair);
        var card = await ReportAsync(h, Chair);
        var adminsCard = CardOf(await h.ExecuteAsync(Admin, DeviationCards.OpenVerb, new Dictionary<string, object?>
        {
            [DeviationCards.GroupKey] = "boras",
            [DeviationCards.DeviationKey] = (await OnlyDeviationAsync(h)).Id,
        }));

        await h.ClickAsync(Chair, card, DeviationTexts.SaveHandling.Sv, new Dictionary<string, string?> { [RecordFields.Status] = "under-analysis", [RecordFields.Analysis] = "Ordförandens analys." });
        var conflict = CardOf(await h.ClickAsync(Admin, adminsCard, DeviationTexts.SaveHandling.Sv, new Dictionary<string, string?> { [RecordFields.Status] = "escalated", [RecordFields.Analysis] = "Adminens analys." }));

        Assert.Contains(RecordsText.DeviationConflict.Sv, SentCards.TextOf(conflict), StringComparison.Ordinal);
        Assert.Equal(("under-analysis", "Ordförandens analys."), (Inputs(conflict)[RecordFields.Status], Inputs(conflict)[RecordFields.Analysis]));
    }

    [Fact]
    public async Task Handle_ByAMemberWhoIsNotTheChair_IsRefused()
    {
        var member = User(5);
        await using var h = await WithChairAsync(azurite, Chair);
        await h.Registry.AddMemberAsync(Admin, "boras", RecordsHarness.FormFor(member), None);
        var card = await ReportAsync(h, Chair);

        var result = await h.ClickAsync(member, card, DeviationTexts.SaveHandling.Sv, new Dictionary<string, string?> { [RecordFields.Status] = "under-analysis" });

        Assert.StartsWith("Bara ordföranden i Västbusgruppen i Borås", Assert.IsType<CardActionResult.ErrorResult>(result).Text, StringComparison.Ordinal);
        Assert.Equal(DeviationStatus.Received, (await OnlyDeviationAsync(h)).Status);
    }

    [Fact]
    public async Task ShowDeviations_TheChairSeesThoseToHandle_TheReporterOnlyTheirOwnWithoutTheAnalysis()
    {
        await using var h = await WithChairAsync(azurite, Chair);
        await h.RememberPersonalChatAsync(Chair);
        await ReportAsync(h, Reporter);
        await ReportAsync(h, User(6), new Dictionary<string, string?>(ValidReport()) { [RecordFields.Description] = "Ansvarsfrågan löstes inte." });
        await h.ClickAsync(Chair, h.ProactiveCardsTo(Chair)[0], DeviationTexts.SaveHandling.Sv, new Dictionary<string, string?> { [RecordFields.Status] = "resolved", [RecordFields.Analysis] = "Intern analys." });

        var chairs = SentCards.TextOf(await h.CardForAsync(Chair, "visa avvikelser"));
        var resolved = SentCards.TextOf(await h.CardForAsync(Chair, "visa avvikelser löst 2025"));
        var reporters = await h.CardForAsync(Reporter, "show deviations");

        Assert.Contains("Att hantera (2)", chairs, StringComparison.Ordinal);
        Assert.Contains("Ansvarsfrågan löstes inte.", chairs, StringComparison.Ordinal);
        Assert.Contains("Att hantera (1)", resolved, StringComparison.Ordinal);
        Assert.DoesNotContain("Ansvarsfrågan löstes inte.", resolved, StringComparison.Ordinal);
        var reporterText = SentCards.TextOf(reporters);
        Assert.Contains(DeviationTexts.NotAHandler.En, reporterText, StringComparison.Ordinal);
        Assert.Contains("My reports (1)", reporterText, StringComparison.Ordinal);
        Assert.DoesNotContain("Ansvarsfrågan", reporterText, StringComparison.Ordinal);
        var opened = TextOf(await h.ClickRowAsync(Reporter, reporters, "En kallad part kom inte"));
        Assert.Contains("Received → Resolved", opened, StringComparison.Ordinal);
        Assert.DoesNotContain("Intern analys.", opened, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowDeviations_Filters_FromTheCard()
    {
        await using var h = await WithChairAsync(azurite, Chair);
        await ReportAsync(h, Chair);
        var list = await h.CardForAsync(Chair, "visa avvikelser");

        var escalatedOnly = TextOf(await h.ClickAsync(Chair, list, DeviationTexts.ApplyFilter.Sv, new Dictionary<string, string?> { [DeviationCards.FilterStatusId] = "escalated" }));
        var lastYear = TextOf(await h.ClickAsync(Chair, list, DeviationTexts.ApplyFilter.Sv, new Dictionary<string, string?> { [DeviationCards.FilterYearId] = "2024" }));

        Assert.Contains("Att hantera (0)", escalatedOnly, StringComparison.Ordinal);
        Assert.Contains("Avvikelser 2024", lastYear, StringComparison.Ordinal);
        Assert.Contains("Att hantera (0)", lastYear, StringComparison.Ordinal);
        Assert.Contains("Att hantera (1)", SentCards.TextOf(list), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("visa avvikelser Atlantis", "Jag förstod inte \"Atlantis\"")]
    [InlineData("visa avvikelser 1999", "\"1999\" är inget år")]
    public async Task ShowDeviations_FiltersThatCannotBeUsed_AreExplained(string command, string expected)
    {
        await using var h = Create(azurite);

        Assert.Contains(expected, await h.TextForAsync(Reporter, command), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("under analys Borås", DeviationStatus.UnderAnalysis, "Borås")]
    [InlineData("Borås lösta", DeviationStatus.Resolved, "Borås")]
    [InlineData("escalated", DeviationStatus.Escalated, null)]
    [InlineData("Västra Hisingen", null, "Västra Hisingen")]
    public void ShowDeviations_StatusWords_AreTakenOutOfTheFilter(string words, DeviationStatus? status, string? rest)
    {
        var (found, remainder) = Features.Records.Commands.ShowDeviationsCommand.TakeStatus(words.Split(' '));

        Assert.Equal((status, rest), (found, remainder));
    }
}
