using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Answers;
using VastbusBot.Features.Guidelines.Knowledge;
using VastbusBot.Features.Guidelines.Retrieval;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.GuidelineAnswers;

public sealed class GuidelineQuestionHandlerTests
{
    private readonly Mock<IGuidelineSearch> _search = new(MockBehavior.Strict);
    private readonly RecordingInsightsStore _insights = new();

    private GuidelineQuestionHandler Handler() =>
        new(_search.Object, TestKnowledge.Fixed(), _insights, TimeProvider.System, NullLogger<GuidelineQuestionHandler>.Instance);

    private static (BotTurn Turn, RecordingTurnContext Context) Turn(string text, UiLanguage language)
    {
        var context = new RecordingTurnContext(Activities.Message(text));
        return (new BotTurn(context, language), context);
    }

    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public async Task Answer_SendsTheAnswerCard_WithResponsibleLegalBasisSourceAndFeedback(UiLanguage language)
    {
        var entry = TestKnowledge.Rich;
        _search.Setup(s => s.Search("fråga", language)).Returns(new GuidelineSearchResult(SearchOutcome.Answer, [new SearchCandidate(entry, 0.9)]));
        var (turn, context) = Turn("fråga", language);

        await Handler().AnswerAsync(turn, "fråga", CancellationToken.None);

        var text = SentCards.TextOf(Assert.Single(context.Sent));
        Assert.Contains(entry.Answer[language], text, StringComparison.Ordinal);
        Assert.Contains(entry.Responsible[0].Party.Name[language], text, StringComparison.Ordinal);
        Assert.Contains(entry.LegalBasis[0].Reference, text, StringComparison.Ordinal);
        Assert.Contains(entry.Sources[0].Source.Title, text, StringComparison.Ordinal);
        Assert.Contains(GuidelineCards.FeedbackVerb, text, StringComparison.Ordinal);
        Assert.Contains(TestKnowledge.Base.Find(entry.Related[0])!.Title[language], text, StringComparison.Ordinal);
        Assert.Empty(_insights.Unanswered);
    }

    [Fact]
    public async Task Ambiguous_AnswersWithTheFirst_AndOffersTheOthersAsDidYouMean()
    {
        var a = TestKnowledge.Base.Entries[0];
        var b = TestKnowledge.Base.Entries[1];
        _search.Setup(s => s.Search(It.IsAny<string>(), UiLanguage.Swedish))
            .Returns(new GuidelineSearchResult(SearchOutcome.Ambiguous, [new SearchCandidate(a, 0.5), new SearchCandidate(b, 0.48)]));
        var (turn, context) = Turn("ansvar", UiLanguage.Swedish);

        await Handler().AnswerAsync(turn, "ansvar", CancellationToken.None);

        var text = SentCards.TextOf(Assert.Single(context.Sent));
        Assert.Contains(a.Answer.Sv, text, StringComparison.Ordinal);
        Assert.DoesNotContain(b.Answer.Sv, text, StringComparison.Ordinal);
        var alternatives = text[text.IndexOf("Menade du", StringComparison.Ordinal)..];
        Assert.Contains(b.Title.Sv, alternatives, StringComparison.Ordinal);
        Assert.Contains(b.Id, alternatives, StringComparison.Ordinal);
        Assert.Contains(GuidelineCards.NoneOfTheseVerb, alternatives, StringComparison.Ordinal);
        Assert.Empty(_insights.Unanswered);
    }

    [Fact]
    public async Task Answer_ADocumentCitedForTwoSections_IsListedOnceWithBoth()
    {
        var entry = TestKnowledge.Base.Entries.First(e => e.Sources.GroupBy(c => c.Source.Id).Any(g => g.Select(c => c.Section).Distinct().Count() > 1));
        var twice = entry.Sources.GroupBy(c => c.Source.Id).First(g => g.Select(c => c.Section).Distinct().Count() > 1).ToList();
        _search.Setup(s => s.Search(It.IsAny<string>(), UiLanguage.Swedish))
            .Returns(new GuidelineSearchResult(SearchOutcome.Answer, [new SearchCandidate(entry, 0.9)]));
        var (turn, context) = Turn("fråga", UiLanguage.Swedish);

        await Handler().AnswerAsync(turn, "fråga", CancellationToken.None);

        var lines = SentCards.TextOf(Assert.Single(context.Sent)).Split('\n');
        var line = Assert.Single(lines, l => l.StartsWith("• [" + twice[0].Source.Title + "]", StringComparison.Ordinal));
        Assert.All(twice, c => Assert.Contains(c.Section!, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ambiguous_AnAlternativeThatIsAlsoRelated_IsOfferedOnce()
    {
        var entry = TestKnowledge.Rich;
        var related = TestKnowledge.Base.Find(entry.Related[0])!;
        _search.Setup(s => s.Search(It.IsAny<string>(), UiLanguage.Swedish))
            .Returns(new GuidelineSearchResult(SearchOutcome.Ambiguous, [new SearchCandidate(entry, 0.5), new SearchCandidate(related, 0.48)]));
        var (turn, context) = Turn("ansvar", UiLanguage.Swedish);

        await Handler().AnswerAsync(turn, "ansvar", CancellationToken.None);

        var card = SentCards.WireJsonOf(Assert.Single(context.Sent));
        Assert.Equal(1, ButtonsShowing(card, related.Id));
    }

    /// <summary>How many buttons on the card show the entry <paramref name="id"/>.</summary>
    private static int ButtonsShowing(System.Text.Json.Nodes.JsonNode? node, string id) => node switch
    {
        System.Text.Json.Nodes.JsonObject o when o["verb"]?.GetValue<string>() == GuidelineCards.ShowVerb
            && o["data"]?[GuidelineCards.EntryKey]?.GetValue<string>() == id => 1,
        System.Text.Json.Nodes.JsonObject o => o.Sum(p => ButtonsShowing(p.Value, id)),
        System.Text.Json.Nodes.JsonArray a => a.Sum(n => ButtonsShowing(n, id)),
        _ => 0,
    };

    [Theory]
    [InlineData(UiLanguage.Swedish, "Det hittar jag inget svar på i riktlinjerna.")]
    [InlineData(UiLanguage.English, "I couldn't find an answer in the guidelines.")]
    public async Task OutsideTopic_SaysSoFirst_GivesTheTopicsReferral_AndLogsTheQuestion(UiLanguage language, string first)
    {
        var topic = new OutsideTopic(
            "public-transport",
            new LocalizedText("Busstider finns hos Västtrafik.", "Bus times are Västtrafik's."),
            new Dictionary<UiLanguage, IReadOnlyList<string>> { [UiLanguage.Swedish] = ["när går bussen"], [UiLanguage.English] = ["when is the bus"] },
            new Dictionary<UiLanguage, IReadOnlyList<string>> { [UiLanguage.Swedish] = [], [UiLanguage.English] = [] });
        _search.Setup(s => s.Search(It.IsAny<string>(), language))
            .Returns(new GuidelineSearchResult(SearchOutcome.NotFound, [new SearchCandidate(TestKnowledge.Rich, 0.2)]) { Outside = new OutsideMatch(topic, 0.8) });
        var (turn, context) = Turn("när går bussen?", language);

        await Handler().AnswerAsync(turn, "när går bussen?", CancellationToken.None);

        var reply = Assert.Single(context.Sent);
        Assert.StartsWith(first, reply.Text, StringComparison.Ordinal);
        Assert.EndsWith(topic.Referral[language], reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKnowledge.Rich.Answer[language], reply.Text, StringComparison.Ordinal);
        Assert.Single(_insights.Unanswered);
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Det hittar jag inget svar på i riktlinjerna.", "lokala Västbusgrupp")]
    [InlineData(UiLanguage.English, "I couldn't find an answer in the guidelines.", "local Västbus group")]
    public async Task NotFound_SaysSoFirst_PointsToTheLocalGroup_AndLogsTheQuestionWithoutIdentifiers(UiLanguage language, string first, string whereToTurn)
    {
        _search.Setup(s => s.Search(It.IsAny<string>(), language)).Returns(new GuidelineSearchResult(SearchOutcome.NotFound, []));
        const string question = "när går bussen för 121212-1212?";
        var (turn, context) = Turn(question, language);

        await Handler().AnswerAsync(turn, question, CancellationToken.None);

        var reply = Assert.Single(context.Sent);
        Assert.StartsWith(first, reply.Text, StringComparison.Ordinal);
        Assert.Contains(whereToTurn, reply.Text, StringComparison.Ordinal);
        var logged = Assert.Single(_insights.Unanswered);
        Assert.Equal(question, logged.Question); // the store redacts; the handler hands over what was asked
        Assert.Equal(Activities.TenantId, logged.TenantId);
        Assert.Equal(language, logged.Language);
    }
}
