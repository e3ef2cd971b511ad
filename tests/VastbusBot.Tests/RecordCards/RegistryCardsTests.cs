using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Administration;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Organisation.Commands;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Commands;
using VastbusBot.Features.Records.Validation;
using VastbusBot.Testing;
using VastbusBot.Tests.Records;
using VastbusBot.Tests.Support;
using static VastbusBot.Tests.RecordCards.RecordCardsHarness;

namespace VastbusBot.Tests.RecordCards;

/// <summary>The registry commands a new user needs to get going: my role, show group, add member, assign chair and coordinator.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RegistryCardsTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task MyRole_NewUser_ShowsTheirUserId_AndWhoToAsk()
    {
        await using var h = Create(azurite);
        var newcomer = User(7, "Sara Andersson");

        var text = SentCards.TextOf(await h.CardForAsync(newcomer, "min roll"));

        Assert.Contains(newcomer.AadObjectId, text, StringComparison.Ordinal);
        Assert.Contains(RegistryTexts.NoGroups.Sv, text, StringComparison.Ordinal);
        Assert.Contains(RegistryTexts.AskToJoin.Sv, text, StringComparison.Ordinal);
        Assert.DoesNotContain(RegistryTexts.CanAdminister.Sv, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyRole_ChairCoordinatorAdmin_ListsEachRoleAndItsCommands()
    {
        await using var h = Create(azurite);
        await h.Registry.AssignChairAsync(Admin, "boras", RecordsHarness.FormFor(Admin), None);
        await h.Registry.AssignCoordinatorAsync(Admin, "skaraborg", RecordsHarness.FormFor(Admin), None);

        var card = await h.CardForAsync(Admin, "my role");

        var text = SentCards.TextOf(card);
        Assert.Contains("• Västbus group in Borås – Chair", text, StringComparison.Ordinal);
        Assert.Contains("• Skaraborg", text, StringComparison.Ordinal);
        Assert.Contains(RegistryTexts.CanAdminister.En, text, StringComparison.Ordinal);
        Assert.Equal(
            [RegistryTexts.ShowGroup.En, RegistryTexts.AssignChair.En, RegistryTexts.AssignCoordinator.En, RegistryTexts.AddMember.En],
            card.Actions!.Select(a => a.Title));
    }

    [Fact]
    public async Task AssignChair_ByANonAdmin_IsRefused()
    {
        await using var h = Create(azurite);

        var text = await h.TextForAsync(User(7), "utse ordförande");

        Assert.Equal(AdminTexts.NotAdmin.Sv, text);
    }

    [Fact]
    public async Task AssignChair_AdminsCardIsFilledInWithThemselves_AndSavingShowsTheGroupWithItsChair()
    {
        await using var h = Create(azurite);

        var form = await h.CardForAsync(Admin, "utse ordförande Borås");
        var inputs = Inputs(form);
        Assert.Equal(("boras", Admin.AadObjectId, Admin.Name), (inputs[RegistryCards.GroupKey], inputs[RecordFields.AadObjectId], inputs[RecordFields.Name]));

        var group = TextOf(await h.ClickAsync(Admin, form, FormTexts.Save.Sv, new Dictionary<string, string?>
        {
            [RecordFields.Function] = "Förvaltare",
            [RecordFields.Organisation] = "VGR",
        }));

        Assert.Contains("Admin A är nu ordförande i Västbusgruppen i Borås.", group, StringComparison.Ordinal);
        Assert.Contains("Ordförande:", group, StringComparison.Ordinal);
        Assert.Contains("Admin A, Förvaltare, VGR", group, StringComparison.Ordinal);
        Assert.True((await h.Registry.GetRolesAsync(Admin.TenantId, Admin.AadObjectId, None)).IsChairOf("boras"));
    }

    [Fact]
    public async Task AssignChair_InvalidPerson_ComesBackWithTheErrorsAtTheFields()
    {
        await using var h = Create(azurite);
        var form = await h.CardForAsync(Admin, "assign chair");

        var again = CardOf(await h.ClickAsync(Admin, form, FormTexts.Save.En, new Dictionary<string, string?>
        {
            [RegistryCards.GroupKey] = "mark",
            [RecordFields.AadObjectId] = "anna@example.se",
            [RecordFields.Function] = "Rektor, tel 070-123 45 67",
        }));

        Assert.Equal([RecordsText.InvalidUserId.En], ErrorsAt(again, RecordFields.AadObjectId));
        Assert.StartsWith("This looks like a phone number", Assert.Single(ErrorsAt(again, RecordFields.Function)), StringComparison.Ordinal);
        Assert.Equal([RecordsText.Required.En], ErrorsAt(again, RecordFields.Organisation));
        Assert.Equal(("mark", "anna@example.se"), (Inputs(again)[RegistryCards.GroupKey], Inputs(again)[RecordFields.AadObjectId]));
        Assert.Empty(await h.Registry.GetGroupsForUserAsync(Admin, None));
    }

    [Fact]
    public async Task AddMember_ByTheChair_AddsToTheirGroup_AndAMemberMayNot()
    {
        await using var h = Create(azurite);
        var chair = User(1);
        var member = User(2, "Omar Said");
        await h.Registry.AssignChairAsync(Admin, "boras", RecordsHarness.FormFor(chair), None);

        var form = await h.CardForAsync(chair, "lägg till medlem");
        Assert.Equal(["boras"], ((VastbusBot.Cards.InputChoiceSet)Input(form, RegistryCards.GroupKey)).Choices.Select(c => c.Value));
        var group = TextOf(await h.ClickAsync(chair, form, FormTexts.Save.Sv, new Dictionary<string, string?>
        {
            [RecordFields.AadObjectId] = member.AadObjectId,
            [RecordFields.Name] = "Omar Said",
            [RecordFields.Function] = "Kurator",
            [RecordFields.Organisation] = "Elevhälsan",
        }));

        Assert.Contains("Omar Said är nu medlem i Västbusgruppen i Borås.", group, StringComparison.Ordinal);
        Assert.Contains("Medlemmar (2)", group, StringComparison.Ordinal);
        Assert.Equal(RegistryTexts.NotChairOrAdmin.Sv, Assert.IsType<CardActionResult.ErrorResult>(await h.ExecuteAsync(member, RegistryCards.MemberFormVerb, new Dictionary<string, object?>())).Text);
    }

    [Fact]
    public async Task ShowGroup_MemberSeesTheirGroup_OutsiderIsRefused()
    {
        await using var h = Create(azurite);
        var chair = User(1, "Karin Berg");
        await h.Registry.AssignChairAsync(Admin, "boras", RecordsHarness.FormFor(chair, "Rektor", "Skolan"), None);

        var own = await h.CardForAsync(chair, "visa grupp");
        var refused = await h.TextForAsync(User(9), "visa grupp Borås");
        var unknown = await h.TextForAsync(User(9), "visa grupp Atlantis");

        var text = SentCards.TextOf(own);
        Assert.Contains("Västbusgruppen i Borås", text, StringComparison.Ordinal);
        Assert.Contains("Delregionalt område: Södra Älvsborg", text, StringComparison.Ordinal);
        Assert.Contains(own.Actions!, a => a.Title == RegistryTexts.AddMember.Sv);
        Assert.DoesNotContain(own.Actions!, a => a.Title == RegistryTexts.AssignChair.Sv);
        Assert.StartsWith("Bara medlemmarna i Västbusgruppen i Borås", refused, StringComparison.Ordinal);
        Assert.Contains("\"Atlantis\"", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignCoordinator_ByName_SavesAndListsTheAreasCoordinators()
    {
        await using var h = Create(azurite);
        var coordinator = User(4, "Lena Nord");

        var form = await h.CardForAsync(Admin, "utse samordnare Skaraborg");
        var done = TextOf(await h.ClickAsync(Admin, form, FormTexts.Save.Sv, new Dictionary<string, string?>
        {
            [RecordFields.AadObjectId] = coordinator.AadObjectId,
            [RecordFields.Name] = "Lena Nord",
            [RecordFields.Function] = null,
            [RecordFields.Organisation] = null,
        }));

        Assert.Equal("skaraborg", Inputs(form)[RegistryCards.AreaKey]);
        Assert.Contains("Lena Nord är nu samordnare för Skaraborg.", done, StringComparison.Ordinal);
        Assert.Equal(["skaraborg"], (await h.Registry.GetRolesAsync(coordinator.TenantId, coordinator.AadObjectId, None)).CoordinatorOfAreas);
        Assert.Contains("Områdena är: Fyrbodal, Skaraborg", await h.TextForAsync(Admin, "utse samordnare Norrland"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("logga möte Borås", typeof(LogMeetingCommand), UiLanguage.Swedish)]
    [InlineData("log meeting", typeof(LogMeetingCommand), UiLanguage.English)]
    [InlineData("visa möten 2025", typeof(ShowMeetingsCommand), UiLanguage.Swedish)]
    [InlineData("show meetings", typeof(ShowMeetingsCommand), UiLanguage.English)]
    [InlineData("rapportera avvikelse", typeof(ReportDeviationCommand), UiLanguage.Swedish)]
    [InlineData("report deviation", typeof(ReportDeviationCommand), UiLanguage.English)]
    [InlineData("visa avvikelser löst", typeof(ShowDeviationsCommand), UiLanguage.Swedish)]
    [InlineData("show deviations", typeof(ShowDeviationsCommand), UiLanguage.English)]
    [InlineData("min roll", typeof(MyRoleCommand), UiLanguage.Swedish)]
    [InlineData("visa grupp", typeof(ShowGroupCommand), UiLanguage.Swedish)]
    [InlineData("lagg till medlem", typeof(AddMemberCommand), UiLanguage.Swedish)]
    [InlineData("assign chair Mark", typeof(AssignChairCommand), UiLanguage.English)]
    [InlineData("utse samordnare", typeof(AssignCoordinatorCommand), UiLanguage.Swedish)]
    public async Task Commands_AreRoutedByTheirTriggers_WithTheRestOfTheGeneralRouter(string text, Type command, UiLanguage language)
    {
        await using var h = Create(azurite);
        var router = new CommandRouter([.. h.Get<IEnumerable<ITextCommand>>(), new Features.Help.HelpCommand(), .. Features.Planned.PlannedFeatureCommand.All()]);

        var match = router.Match(text);

        Assert.NotNull(match);
        Assert.IsType(command, match.Command);
        Assert.Equal(language, match.Language);
    }

    [Fact]
    public async Task CardVerbs_AreUniqueAcrossTheBot()
    {
        await using var h = Create(azurite);

        var actions = h.Get<IEnumerable<ICardAction>>().ToList();

        // The router refuses to start when two handlers claim one verb.
        var clash = Record.Exception(() => new CardActionRouter(
            [.. actions, new Features.Help.HelpCardActions()], Microsoft.Extensions.Logging.Abstractions.NullLogger<CardActionRouter>.Instance));

        Assert.Null(clash);
        Assert.Equal(3, actions.Count);
        Assert.Equal(20, actions.SelectMany(a => a.Verbs).Distinct(StringComparer.Ordinal).Count());
    }
}
