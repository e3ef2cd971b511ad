using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Retrieval;

namespace VastbusBot.Tests.Guidelines;

/// <summary>Case descriptions that end in the actual question: the question sentence gets a second chance.</summary>
public sealed class LongQuestionTests(RealKnowledgeFixture fixture) : IClassFixture<RealKnowledgeFixture>
{
    [Theory]
    [InlineData("Hon fyller 21 snart. Ingår hon i målgruppen?", "Ingår hon i målgruppen?")]
    [InlineData("We met twice! Who calls the SIP? Thanks.", "Who calls the SIP?")]
    [InlineData("First? Second question?", "Second question?")]
    public void QuestionSentence_IsTheLastSentenceThatAsks(string text, string expected) =>
        Assert.Equal(expected, GuidelineSearchEngine.QuestionSentence(text));

    [Theory]
    [InlineData("Vem kallar till SIP?")]
    [InlineData("Eleven mår dåligt. BUP och soc är inblandade.")]
    [InlineData("vem kallar till sip. tack")]
    public void QuestionSentence_NoneWhenOneSentenceOrNothingAsked(string text) =>
        Assert.Null(GuidelineSearchEngine.QuestionSentence(text));

    [Fact]
    public void CaseDescriptionEndingInAQuestion_IsAnsweredFromTheQuestion()
    {
        const string Case = "Jag är kurator på en gymnasieskola. Eleven har ångest och det är mycket som händer hemma, både BUP och " +
            "soc är inblandade. Hon fyller 21 om några veckor. Ingår hon fortfarande i målgruppen efter födelsedagen?";

        var result = fixture.Knowledge.Search(Case, UiLanguage.Swedish);

        Assert.Equal(SearchOutcome.Answer, result.Outcome);
        Assert.Equal("target-group-age", result.Candidates[0].Entry.Id);
    }

    [Fact]
    public void CaseDescriptionAroundAnOutsideTopic_StillGetsTheReferral()
    {
        var result = fixture.Knowledge.Search("Vi har en elev med adhd. Hur lång är kön till BUP just nu?", UiLanguage.Swedish);

        Assert.Equal(SearchOutcome.NotFound, result.Outcome);
        Assert.Equal("health-care-access", result.Outside?.Topic.Id);
    }
}
