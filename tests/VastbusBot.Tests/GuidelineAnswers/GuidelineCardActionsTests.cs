using System.Text.Json;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Answers;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.GuidelineAnswers;

public sealed class GuidelineCardActionsTests
{
    private readonly RecordingInsightsStore _insights = new();

    private GuidelineCardActions Actions() => new(TestKnowledge.Fixed(), _insights, TimeProvider.System);

    private static (BotTurn Turn, RecordingTurnContext Context) Turn(UiLanguage language = UiLanguage.Swedish)
    {
        var context = new RecordingTurnContext(Activities.Message(string.Empty));
        return (new BotTurn(context, language), context);
    }

    private static CardActionRequest Request(string verb, object data) =>
        new(verb, JsonSerializer.SerializeToElement(data), "card-1", IsInvoke: true);

    [Fact]
    public async Task Show_ReplacesTheCardWithTheChosenEntry_AndOffersTheWayBack()
    {
        var from = TestKnowledge.Rich;
        var to = TestKnowledge.Base.Find(from.Related[0])!;
        var (turn, _) = Turn();

        var result = await Actions().HandleAsync(turn, Request(GuidelineCards.ShowVerb, new { entry = to.Id, q = "fråga", back = from.Id }), CancellationToken.None);

        var card = Assert.IsType<CardActionResult.CardResult>(result).Card;
        var text = SentCards.TextOf(card);
        Assert.Contains(to.Answer.Sv, text, StringComparison.Ordinal);
        Assert.Contains("← " + from.Title.Sv, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes", true, "Bra att svaret hjälpte")]
    [InlineData("no", false, "Tack för att du sa till")]
    public async Task Feedback_IsStoredForTheUserAndCard_AndTheCardSaysThanks(string helpful, bool expected, string thanks)
    {
        var entry = TestKnowledge.Rich;
        var (turn, _) = Turn();

        var result = await Actions().HandleAsync(turn, Request(GuidelineCards.FeedbackVerb, new { entry = entry.Id, q = "vem ansvarar?", helpful }), CancellationToken.None);

        var stored = Assert.Single(_insights.Feedback);
        Assert.Equal((entry.Id, expected, "vem ansvarar?", "card-1", Activities.UserAadObjectId), (stored.EntryId, stored.Helpful, stored.Question, stored.CardId, stored.UserId));
        var text = SentCards.TextOf(Assert.IsType<CardActionResult.CardResult>(result).Card);
        Assert.Contains(thanks, text, StringComparison.Ordinal);
        Assert.DoesNotContain(GuidelineCards.FeedbackVerb, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoneOfThese_RepliesWithTheFallback_AndLogsTheQuestion()
    {
        var (turn, context) = Turn(UiLanguage.English);

        var result = await Actions().HandleAsync(turn, Request(GuidelineCards.NoneOfTheseVerb, new { q = "who pays the bus?" }), CancellationToken.None);

        Assert.StartsWith("I couldn't find an answer in the guidelines.", Assert.Single(context.Sent).Text, StringComparison.Ordinal);
        Assert.Equal("who pays the bus?", Assert.Single(_insights.Unanswered).Question);
        Assert.IsType<CardActionResult.CardResult>(result);
    }

    [Fact]
    public async Task UnknownEntry_SaysTheAnswerIsGone()
    {
        var (turn, _) = Turn();

        var result = await Actions().HandleAsync(turn, Request(GuidelineCards.ShowVerb, new { entry = "no-such-entry" }), CancellationToken.None);

        Assert.Contains("finns inte längre", Assert.IsType<CardActionResult.MessageResult>(result).Text, StringComparison.Ordinal);
    }
}
