using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines;
using VastbusBot.Features.Help;
using VastbusBot.Features.Planned;
using VastbusBot.Protocol.Schema;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Conversation;

public sealed class ActivityDispatcherTests
{
    private readonly InMemoryConversationStore _store = new();
    private readonly List<string> _questions = [];
    private readonly ActivityDispatcher _dispatcher;

    public ActivityDispatcherTests()
    {
        _dispatcher = new ActivityDispatcher(
            new CommandRouter([new HelpCommand(), .. SampleCommands.Planned]),
            new CardActionRouter([new HelpCardActions()], NullLogger<CardActionRouter>.Instance),
            new RecordingQuestionHandler(_questions),
            _store,
            TimeProvider.System,
            NullLogger<ActivityDispatcher>.Instance);
    }

    [Fact]
    public async Task Message_Hjalp_SendsSwedishHelpCard()
    {
        await WelcomeAlreadySentAsync();
        var turn = new RecordingTurnContext(Activities.Message("hjälp", locale: "en-US"));

        await _dispatcher.OnActivityAsync(turn, CancellationToken.None);

        var sent = Assert.Single(turn.Sent);
        var card = CardText(sent);
        Assert.Contains("Det här kan jag hjälpa till med", card, StringComparison.Ordinal);
        Assert.Contains("Action.Execute", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_Help_SendsEnglishHelpCard()
    {
        await WelcomeAlreadySentAsync();
        var turn = new RecordingTurnContext(Activities.Message("help", locale: "sv-SE"));

        await _dispatcher.OnActivityAsync(turn, CancellationToken.None);

        Assert.Contains("Here is what I can help with", CardText(Assert.Single(turn.Sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_InChannelWithBotMention_MentionIsStrippedBeforeMatching()
    {
        var activity = Activities.Message("<at>VastbusBot</at> help", conversationId: "19:general@thread.tacv2;messageid=1", conversationType: "channel");
        activity.Entities = [JsonSerializer.Deserialize<Entity>(
            """{"type":"mention","text":"<at>VastbusBot</at>","mentioned":{"id":"28:bot-app-id","name":"VastbusBot"}}""", ProtocolJson.Options)!];
        await _store.TryMarkWelcomedAsync(Activities.TenantId, activity.Conversation!.Id!, DateTimeOffset.UtcNow, CancellationToken.None);
        var turn = new RecordingTurnContext(activity);

        await _dispatcher.OnActivityAsync(turn, CancellationToken.None);

        Assert.Contains("Here is what I can help with", CardText(Assert.Single(turn.Sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_FirstContactWithQuestion_WelcomesThenHandsTheQuestionOver()
    {
        var turn = new RecordingTurnContext(Activities.Message("<at>VastbusBot</at> Vem ansvarar för vården vid placering?"));
        turn.Activity.Entities = [JsonSerializer.Deserialize<Entity>(
            """{"type":"mention","text":"<at>VastbusBot</at>","mentioned":{"id":"28:bot-app-id","name":"VastbusBot"}}""", ProtocolJson.Options)!];

        await _dispatcher.OnActivityAsync(turn, CancellationToken.None);

        Assert.Contains("Välkommen", CardText(Assert.Single(turn.Sent)), StringComparison.Ordinal);
        Assert.Equal(["Vem ansvarar för vården vid placering?"], _questions);
    }

    private sealed class RecordingQuestionHandler(List<string> questions) : IQuestionHandler
    {
        public Task AnswerAsync(BotTurn turn, string question, CancellationToken cancellationToken)
        {
            questions.Add(question);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Message_PlannedCommand_SaysItIsNotReadyInTheCommandsLanguage()
    {
        await WelcomeAlreadySentAsync();
        var turn = new RecordingTurnContext(Activities.Message("book chairs meeting", locale: "sv-SE"));

        await _dispatcher.OnActivityAsync(turn, CancellationToken.None);

        var text = Assert.Single(turn.Sent).Text;
        Assert.Contains("not ready yet", text, StringComparison.Ordinal);
        Assert.Contains("Book the chairs' meeting", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_Saved_AsConversationReference()
    {
        var activity = Activities.Message("hjälp");

        await _dispatcher.OnActivityAsync(new RecordingTurnContext(activity), CancellationToken.None);

        var stored = await _store.FindPersonalAsync(Activities.TenantId, Activities.UserAadObjectId, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(Activities.PersonalConversation, stored.Reference.ConversationId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", stored.Reference.ServiceUrl);
    }

    [Fact]
    public async Task ConversationUpdate_DeliveredTwice_WelcomesOnce()
    {
        var first = new RecordingTurnContext(Activities.MembersAdded(Activities.UserId, Activities.BotId));
        var second = new RecordingTurnContext(Activities.MembersAdded(Activities.UserId, Activities.BotId));

        await _dispatcher.OnActivityAsync(first, CancellationToken.None);
        await _dispatcher.OnActivityAsync(second, CancellationToken.None);

        Assert.Contains("Välkommen", CardText(Assert.Single(first.Sent)), StringComparison.Ordinal);
        Assert.Empty(second.Sent);
    }

    [Fact]
    public async Task PersonalInstall_ConversationUpdateWithoutLocale_LeavesTheWelcomeToInstallationUpdatesLocale()
    {
        var conversationUpdate = Activities.MembersAdded(Activities.UserId, Activities.BotId);
        conversationUpdate.Locale = null;
        var withoutLocale = new RecordingTurnContext(conversationUpdate);
        var installation = Activities.Installation("add");
        installation.Locale = "en-US";
        var install = new RecordingTurnContext(installation);

        await _dispatcher.OnActivityAsync(withoutLocale, CancellationToken.None);
        await _dispatcher.OnActivityAsync(install, CancellationToken.None);

        Assert.Empty(withoutLocale.Sent);
        Assert.Contains("Welcome", CardText(Assert.Single(install.Sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstContactWithHjalp_HelpCardStandsForTheWelcome_AndNoWelcomeFollowsLater()
    {
        var first = new RecordingTurnContext(Activities.Message("hjälp"));
        var later = new RecordingTurnContext(Activities.Message("vad är en sip?"));

        await _dispatcher.OnActivityAsync(first, CancellationToken.None);
        await _dispatcher.OnActivityAsync(later, CancellationToken.None);

        Assert.Contains("Det här kan jag hjälpa till med", CardText(Assert.Single(first.Sent)), StringComparison.Ordinal);
        Assert.Empty(later.Sent);
        Assert.True(await _store.HasBeenWelcomedAsync(Activities.TenantId, Activities.PersonalConversation, CancellationToken.None));
    }

    [Fact]
    public async Task InstallationUpdate_RemoveThenAdd_WelcomesAgain()
    {
        await _dispatcher.OnActivityAsync(new RecordingTurnContext(Activities.Installation("add")), CancellationToken.None);
        await _dispatcher.OnActivityAsync(new RecordingTurnContext(Activities.Installation("remove")), CancellationToken.None);
        var again = new RecordingTurnContext(Activities.Installation("add"));

        await _dispatcher.OnActivityAsync(again, CancellationToken.None);

        Assert.Single(again.Sent);
    }

    [Fact]
    public async Task Invoke_HelpTopic_ReturnsTopicCardInTheCardsLanguage()
    {
        var turn = new RecordingTurnContext(Activities.Invoke(HelpCards.ShowTopicVerb, new JsonObject { ["topic"] = "deviations", ["lang"] = "sv" }, locale: "en-US"));

        var response = await _dispatcher.OnInvokeAsync(turn, CancellationToken.None);

        Assert.Equal(200, response.Status);
        var body = Assert.IsType<AdaptiveCardInvokeResponse>(response.Body);
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, body.Type);
        var card = Readable(CardJson.Serialize(Assert.IsType<SerializedCard>(body.Value).Card));
        Assert.Contains("Avvikelser", card, StringComparison.Ordinal);
        Assert.Contains(HelpCards.ShowHelpVerb, card, StringComparison.Ordinal);
        Assert.Empty(turn.Sent);
    }

    [Fact]
    public async Task Invoke_CardOverTheSizeBudget_AnswersWithAMessageInsteadOfTheCard()
    {
        var dispatcher = new ActivityDispatcher(
            new CommandRouter([new HelpCommand()]),
            new CardActionRouter([new OversizedCardAction()], NullLogger<CardActionRouter>.Instance),
            new RecordingQuestionHandler(_questions),
            _store,
            TimeProvider.System,
            NullLogger<ActivityDispatcher>.Instance);
        var turn = new RecordingTurnContext(Activities.Invoke(OversizedCardAction.Verb, [], locale: "en-US"));

        var response = await dispatcher.OnInvokeAsync(turn, CancellationToken.None);

        var body = Assert.IsType<AdaptiveCardInvokeResponse>(response.Body);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.Type);
        Assert.Equal(CommonText.CardTooLarge.En, Assert.IsType<string>(body.Value));
    }

    [Fact]
    public async Task Invoke_UnknownVerb_AnswersWithAMessageNotAnEmptyBody()
    {
        var turn = new RecordingTurnContext(Activities.Invoke("no.such.verb", [], locale: "sv-SE"));

        var response = await _dispatcher.OnInvokeAsync(turn, CancellationToken.None);

        var body = Assert.IsType<AdaptiveCardInvokeResponse>(response.Body);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.Type);
        Assert.Contains("äldre kort", Assert.IsType<string>(body.Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_FromOldClient_UpdatesTheCardMessage()
    {
        await WelcomeAlreadySentAsync();
        var turn = new RecordingTurnContext(Activities.Submit(new JsonObject { ["verb"] = HelpCards.ShowTopicVerb, ["topic"] = "booking", ["lang"] = "en" }, replyToId: "card-7"));

        await _dispatcher.OnActivityAsync(turn, CancellationToken.None);

        Assert.Empty(turn.Sent);
        var (id, update) = Assert.Single(turn.Updated);
        Assert.Equal("card-7", id);
        Assert.Contains("Book the chairs' meeting", CardText(update), StringComparison.Ordinal);
    }

    private Task WelcomeAlreadySentAsync() =>
        _store.TryMarkWelcomedAsync(Activities.TenantId, Activities.PersonalConversation, DateTimeOffset.UtcNow, CancellationToken.None);

    /// <summary>The card's JSON as the connector client sends it, unescaped.</summary>
    private static string CardText(Activity activity)
    {
        SentCards.CardOf(activity);
        return Readable(SentCards.WireJsonOf(activity).ToJsonString());
    }

    /// <summary>The card JSON without escapes, so assertions can use plain text.</summary>
    private static string Readable(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>A card action whose card is far over Teams' size budget.</summary>
    private sealed class OversizedCardAction : ICardAction
    {
        public const string Verb = "test.oversized";

        public IReadOnlyCollection<string> Verbs { get; } = [Verb];

        public Task<CardActionResult> HandleAsync(BotTurn turn, CardActionRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<CardActionResult>(new CardActionResult.CardResult(
                new AdaptiveCard { Body = [new TextBlock { Text = new string('x', CardBudget.MaxBytes) }] }));
    }
}
