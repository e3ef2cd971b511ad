using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Retrieval;
using VastbusBot.Features.Guidelines.Retrieval.Analysis;

namespace VastbusBot.Tests.Guidelines;

/// <summary>How questions and knowledge base text are analysed: folding, stemming, compounds, abbreviations and typos.</summary>
public sealed class GuidelineAnalysisTests : IDisposable
{
    private readonly TestKnowledgeFolder _folder = new();
    private readonly GuidelineKnowledge _knowledge;

    public GuidelineAnalysisTests() => _knowledge = new GuidelineKnowledge(_folder.Path);

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("vårdnadshavare", "vardnadshavare")]
    [InlineData("vårdnadshavaren", "vardnadshavarna")]
    [InlineData("kostnadsfördelning", "kostnadsfordelning")]
    [InlineData("hälsoundersökningen", "halsoundersokning")]
    public void SwedishTerms_MatchWithAndWithoutDiacritics(string written, string typed) =>
        Assert.Equal(TermNormalizer.Swedish.Normalize(written), TermNormalizer.Swedish.Normalize(typed));

    [Theory]
    [InlineData("kommun", "kommunerna")]
    [InlineData("placering", "placeringar")]
    public void SwedishTerms_InflectionsShareAStem(string word, string inflected) =>
        Assert.Equal(TermNormalizer.Swedish.Normalize(word), TermNormalizer.Swedish.Normalize(inflected));

    [Theory]
    [InlineData("SoL 5:1a", "SoL 5 kap 1 a")]
    [InlineData("5 kap. 1 a §", "5 kap. 1 a  ")]
    [InlineData("Vad står i SIP:en?", "Vad står i SIP?")]
    [InlineData("BUP:s ansvar", "BUP ansvar")]
    [InlineData("Region Stockholm's routine, the child’s plan", "Region Stockholm routine, the child plan")]
    public void TextPreparer_WritesLegalReferencesAndAbbreviationsOneWay(string typed, string expected) =>
        Assert.Equal(expected, TextPreparer.Prepare(typed));

    [Theory]
    [InlineData("föräldrarna har inte sagt ok", "sagt ok")] // two words kept, one of them short
    [InlineData("eleven ingår i målgruppen", "ingår i")] // one word kept, not a tiny one
    public void Synonyms_PhraseStandsForItsGroup_WhenItStaysSpecific(string question, string expectedPhrase)
    {
        var profile = LanguageProfile.Swedish;
        var surface = GuidelineAnalyzer.Surface(profile);
        var table = SynonymTable.Build([["samtycke", "sagt ok"], ["tillhör", "ingår i"]], surface, profile.Normalizer);
        var terms = surface.Tokens(question).Select(profile.Normalizer.Normalize).ToList();

        var matches = Enumerable.Range(0, terms.Count).Select(i => table.LongestMatch(terms, i)).Where(m => m is not null).ToList();

        var match = Assert.Single(matches);
        Assert.Equal(surface.Tokens(expectedPhrase).Count, match!.Value.Length);
    }

    [Fact]
    public void Synonyms_PhraseThatShrinksToOneTinyWord_DoesNotTrigger()
    {
        // "be om" (Swedish "ask for") is only "om" to the English analyser.
        var profile = LanguageProfile.English;
        var surface = GuidelineAnalyzer.Surface(profile);
        var table = SynonymTable.Build([["request", "be om"]], surface, profile.Normalizer);
        var terms = surface.Tokens("what is om").Select(profile.Normalizer.Normalize).ToList();

        Assert.All(Enumerable.Range(0, terms.Count), i => Assert.Null(table.LongestMatch(terms, i)));
    }

    [Theory]
    [InlineData("in")] // "avvikelser som kommer in": in the knowledge base it occurs in few entries, so it looked decisive
    [InlineData("iväg")]
    [InlineData("tillbaka")]
    [InlineData("emot")]
    public void SwedishParticle_IsAnEverydayWord_WhichWeighsAtMostCommonWordIdf(string particle)
    {
        var profile = LanguageProfile.Swedish;
        var term = Assert.Single(GuidelineAnalyzer.Surface(profile).Tokens(particle));

        Assert.Contains(profile.Normalizer.Normalize(term), profile.CommonTerms);
    }

    [Theory]
    [InlineData("bästa")] // Swedish; the English texts quote "Samverkan för barn och ungas bästa"
    [InlineData("funkar")]
    [InlineData("best")] // English
    [InlineData("join")]
    public void EverydayWord_OfEitherLanguage_IsEverydayInBothLanguagesIndexes(string word)
    {
        foreach (var profile in LanguageProfile.All)
        {
            var term = Assert.Single(GuidelineAnalyzer.Surface(profile).Tokens(word));
            Assert.Contains(profile.Normalizer.Normalize(term), profile.CommonTerms);
        }
    }

    [Fact]
    public void CompoundSplitter_SplitsIntoKnowledgeBaseWords_WithLinkingLetters()
    {
        var splitter = CompoundSplitter.FromVocabulary(["kostnad", "fördelning", "placering", "kommun", "elev", "hälsa"], TermNormalizer.Swedish);

        Assert.Equal(Terms("kostnad", "fördelning"), splitter.Split("kostnadsfordelning", allowUnknown: false)!.Parts);
        Assert.Equal(Terms("placering", "kommun"), splitter.Split("placeringskommun", allowUnknown: false)!.Parts);
        Assert.Null(splitter.Split("barnet", allowUnknown: false));
        Assert.Null(splitter.Split("kostnadsram", allowUnknown: false));
    }

    [Fact]
    public void CompoundSplitter_WithUnknownModifier_KeepsTheKnownHeadAndHowMuchItCovers()
    {
        var splitter = CompoundSplitter.FromVocabulary(["placering", "elev", "hälsa"], TermNormalizer.Swedish);

        var split = splitter.Split("jourplacering", allowUnknown: true, minCoverage: 0.5);

        Assert.NotNull(split);
        Assert.Equal(Terms("placering"), split.Parts);
        Assert.Equal(9.0 / 13.0, split.Coverage, 3);
        Assert.Null(splitter.Split("jourplacering", allowUnknown: false));
    }

    [Fact]
    public void CompoundSplitter_WithUnknownHead_DoesNotSplit()
    {
        // The head says what the compound is: an "elevhälsoteam" is a team, which this vocabulary does not know.
        var splitter = CompoundSplitter.FromVocabulary(["elev", "hälsa"], TermNormalizer.Swedish);

        Assert.Null(splitter.Split("elevhalsoteam", allowUnknown: true, minCoverage: 0.5));
    }

    [Fact]
    public void CompoundSplitter_InflectedHead_SplitsTheStem()
    {
        var splitter = CompoundSplitter.FromVocabulary(["placering", "kommun"], TermNormalizer.Swedish);

        var split = splitter.Split("placeringskommunerna", TermNormalizer.Swedish.Normalize("placeringskommunerna"), allowUnknown: false);

        Assert.Equal(Terms("placering", "kommun"), split!.Parts);
    }

    [Fact]
    public void IndexAnalyzer_AddsCompoundPartsAfterTheWholeWord()
    {
        var splitter = CompoundSplitter.FromVocabulary(["kostnad", "fördelning"], TermNormalizer.Swedish);

        var tokens = GuidelineAnalyzer.Index(LanguageProfile.Swedish, splitter).Tokens("Kostnadsfördelningen och tiden");

        Assert.Equal([.. Terms("kostnadsfördelningen", "kostnad", "fördelning", "tiden")], tokens);
    }

    [Fact]
    public void SurfaceAnalyzer_DropsStopWordsAndChatFiller_ButKeepsNegation()
    {
        var tokens = GuidelineAnalyzer.Surface(LanguageProfile.Swedish).Tokens("Hej! Undrar typ vad som gäller om BUP inte kommer nar vi kallar");

        Assert.Equal(["gäller", "bup", "inte", "kommer", "kallar"], tokens);
    }

    [Theory]
    [InlineData("samtycke", "samtyke", 1)]
    [InlineData("samtycke", "smatycke", 1)]
    [InlineData("vårdnadshavare", "vårdnadshavre", 1)]
    [InlineData("placering", "placring", 1)]
    [InlineData("abc", "xyz", 3)]
    public void EditDistance_CountsASwappedPairAsOneTypo(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Compute(a, b, max: 3));

    [Theory]
    [InlineData("vardnadshavare samtycke", TestKnowledgeFolder.Consent)]
    [InlineData("måste vårdnadshavre ge sitt samtyke", TestKnowledgeFolder.Consent)]
    [InlineData("vad gäller vid kostnadsfordelning", TestKnowledgeFolder.CostSplit)]
    [InlineData("fördelning av kostnaderna mellan kommun och region", TestKnowledgeFolder.CostSplit)]
    [InlineData("vad är placeringskommunen", TestKnowledgeFolder.PlacingMunicipality)]
    [InlineData("vem betalar jourplaceringen", TestKnowledgeFolder.CostSplit)]
    [InlineData("vad gor elevhalsan", TestKnowledgeFolder.StudentHealth)]
    [InlineData("måste barn- och ungdomspsykiatrin komma till mötet", TestKnowledgeFolder.BupMeeting)]
    [InlineData("är BUP skyldig att dyka upp", TestKnowledgeFolder.BupMeeting)]
    [InlineData("betalar soc boendet", TestKnowledgeFolder.CostSplit)]
    [InlineData("inom hur lång tid ska mötet hållas, tre vekor?", TestKnowledgeFolder.MeetingDeadline)]
    public void Search_FindsTheEntry_ThroughFoldingCompoundsAbbreviationsAndTypos(string question, string expectedId)
    {
        var result = _knowledge.Search(question, UiLanguage.Swedish);

        Assert.NotEqual(SearchOutcome.NotFound, result.Outcome);
        Assert.Equal(expectedId, result.Best!.Id);
    }

    [Fact]
    public void Search_EnglishQuestionInASwedishConversation_UsesTheQuestionsLanguage()
    {
        var result = _knowledge.Search("who pays for the placement", UiLanguage.Swedish);

        Assert.Equal(SearchOutcome.Answer, result.Outcome);
        Assert.Equal(TestKnowledgeFolder.CostSplit, result.Best!.Id);
    }

    [Theory]
    [InlineData("När går bussen till Borås?")]
    [InlineData("Ge mig ett recept på kanelbullar")]
    [InlineData("How do I reset my password?")]
    [InlineData("")]
    public void Search_QuestionOutsideTheKnowledgeBase_IsNotFound(string question)
    {
        var result = _knowledge.Search(question, UiLanguage.Swedish);

        Assert.Equal(SearchOutcome.NotFound, result.Outcome);
        Assert.Null(result.Best);
    }

    [Fact]
    public void Search_QuestionWithOneKnownWordAmongUnknownOnes_IsNotFound()
    {
        // "betalar" is in the knowledge base; the rest of the question is about something else.
        var result = _knowledge.Search("vem betalar min tandläkare och glasögonen i Kungsbacka", UiLanguage.Swedish);

        Assert.Equal(SearchOutcome.NotFound, result.Outcome);
        Assert.NotEmpty(result.Candidates);
        Assert.All(result.Candidates, c => Assert.InRange(c.Confidence, 0, 0.5));
    }

    [Fact]
    public void Search_Answer_ListsCandidatesBestFirstWithConfidenceBetweenZeroAndOne()
    {
        var result = _knowledge.Search("behövs samtycke från vårdnadshavare", UiLanguage.Swedish);

        Assert.Equal(SearchOutcome.Answer, result.Outcome);
        Assert.Equal(result.Candidates[0].Entry, result.Best);
        Assert.All(result.Candidates, c => Assert.InRange(c.Confidence, 0, 1));
        Assert.True(result.Candidates[0].Confidence >= 0.5);
    }

    private static string[] Terms(params string[] words) => [.. words.Select(TermNormalizer.Swedish.Normalize)];
}
