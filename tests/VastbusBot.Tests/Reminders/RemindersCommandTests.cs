using System.Text.Json;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Reminders;
using VastbusBot.Features.Reminders.Cards;
using VastbusBot.Features.Reminders.Commands;
using VastbusBot.Features.Reminders.Storage;
using Microsoft.Extensions.Time.Testing;
using VastbusBot.Tests.Reminders.Support;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Reminders;

public sealed class RemindersCommandTests
{
    private const string Tenant = Activities.TenantId;
    private const string User = Activities.UserAadObjectId;

    private readonly InMemoryPreferenceStore _preferences = new();
    private readonly InMemoryObligations _obligations = new();
    private readonly FixedOptions<ReminderOptions> _options = new(new ReminderOptions());
    private readonly FakeTimeProvider _time = new(Stockholm.At(2027, 2, 1, 12, 0));

    private ReminderPreferencesService Service() => new(_preferences, _obligations, _options, _time);

    private static (BotTurn Turn, RecordingTurnContext Context) Turn(UiLanguage language = UiLanguage.Swedish)
    {
        var context = new RecordingTurnContext(Activities.Message("påminnelser"));
        return (new BotTurn(context, language), context);
    }

    private static CardActionRequest Request(string verb, object? data = null) =>
        new(verb, JsonSerializer.SerializeToElement(data ?? new { }), "card-1", IsInvoke: true);

    [Fact]
    public async Task TheCommand_ShowsTheChairsNextReminders_ForTheirGroup()
    {
        _obligations.AddChair(Tenant, User, "g1");
        _obligations.AddChair(Tenant, "someone-else", "g2");
        var (turn, context) = Turn();

        await new RemindersCommand(Service()).ExecuteAsync(turn, string.Empty, CancellationToken.None);

        var text = SentCards.TextOf(SentCards.CardOf(Assert.Single(context.Sent)));
        Assert.Contains("Påminnelserna är på.", text, StringComparison.Ordinal);
        Assert.Contains("Årsberättelse 2026 – Lokal grupp g1", text, StringComparison.Ordinal);
        Assert.Contains("Senast 1 mars 2027.", text, StringComparison.Ordinal);
        Assert.Contains("Påminnelser: 15 februari och 26 februari.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("g2", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWithoutObligations_IsToldWhoGetsReminders()
    {
        var (turn, context) = Turn(UiLanguage.English);

        await new RemindersCommand(Service()).ExecuteAsync(turn, string.Empty, CancellationToken.None);

        Assert.Contains("You have no reports due right now.", SentCards.TextOf(SentCards.CardOf(Assert.Single(context.Sent))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pausa", true)]
    [InlineData("pause", true)]
    [InlineData("återuppta", false)]
    [InlineData("resume", false)]
    public async Task TheCommandWithAWord_PausesOrResumesAtOnce(string word, bool paused)
    {
        await _preferences.SaveAsync(Tenant, User, new ReminderPreference(!paused, null, null), CancellationToken.None);
        var (turn, _) = Turn();

        await new RemindersCommand(Service()).ExecuteAsync(turn, word, CancellationToken.None);

        Assert.Equal(paused, (await _preferences.GetAsync(Tenant, User, CancellationToken.None))!.Paused);
    }

    [Fact]
    public async Task PauseAndResumeButtons_ChangeTheStoredPreference_AndTheCard()
    {
        _obligations.AddChair(Tenant, User, "g1");
        var actions = new RemindersCardActions(Service(), _options);
        var (turn, _) = Turn();

        var pausedCard = Assert.IsType<CardActionResult.CardResult>(await actions.HandleAsync(turn, Request(ReminderCards.PauseVerb), CancellationToken.None)).Card;
        Assert.True((await _preferences.GetAsync(Tenant, User, CancellationToken.None))!.Paused);
        Assert.Contains("Påminnelserna är pausade", SentCards.TextOf(pausedCard), StringComparison.Ordinal);
        Assert.Contains(pausedCard.Actions!.OfType<VastbusBot.Cards.ExecuteAction>(), a => a.Verb == ReminderCards.ResumeVerb);

        await actions.HandleAsync(turn, Request(ReminderCards.ResumeVerb), CancellationToken.None);
        Assert.False((await _preferences.GetAsync(Tenant, User, CancellationToken.None))!.Paused);
    }

    [Fact]
    public async Task SavingDays_StoresThem_AndTheNextRemindersFollow()
    {
        _obligations.AddChair(Tenant, User, "g1");
        var actions = new RemindersCardActions(Service(), _options);
        var (turn, _) = Turn(UiLanguage.English);

        var card = Assert.IsType<CardActionResult.CardResult>(
            await actions.HandleAsync(turn, Request(ReminderCards.SaveOffsetsVerb, new { offsets = "7; 21 ,1" }), CancellationToken.None)).Card;

        Assert.Equal([21, 7, 1], (await _preferences.GetAsync(Tenant, User, CancellationToken.None))!.OffsetsDays);
        var text = SentCards.TextOf(card);
        Assert.Contains("Saved: 21, 7, 1 days", text, StringComparison.Ordinal);
        Assert.Contains("Reminders: 8 February, 22 February and 28 February.", text, StringComparison.Ordinal);

        await actions.HandleAsync(turn, Request(ReminderCards.ResetOffsetsVerb), CancellationToken.None);
        Assert.Null((await _preferences.GetAsync(Tenant, User, CancellationToken.None))!.OffsetsDays);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("400")]
    [InlineData("1,2,3,4,5,6")]
    public async Task InvalidDays_AreRefusedOnTheSameCard_KeepingWhatWasTyped(string typed)
    {
        var actions = new RemindersCardActions(Service(), _options);
        var (turn, _) = Turn();

        var card = Assert.IsType<CardActionResult.CardResult>(
            await actions.HandleAsync(turn, Request(ReminderCards.SaveOffsetsVerb, new { offsets = typed }), CancellationToken.None)).Card;

        Assert.Null(await _preferences.GetAsync(Tenant, User, CancellationToken.None));
        Assert.Contains("gick inte att läsa", SentCards.TextOf(card), StringComparison.Ordinal);
        var input = Assert.Single(card.Body.OfType<VastbusBot.Cards.InputText>());
        Assert.Equal(typed, input.Value);
    }

    [Fact]
    public void TheCommand_IsFoundByTheRouter_InBothLanguagesAndWithoutDiacritics()
    {
        var router = new CommandRouter([new RemindersCommand(Service())]);

        Assert.Equal(UiLanguage.Swedish, router.Match("Påminnelser")?.Language);
        Assert.Equal("pausa", router.Match("paminnelser pausa")?.Argument);
        Assert.Equal(UiLanguage.English, router.Match("reminders")?.Language);
    }
}
