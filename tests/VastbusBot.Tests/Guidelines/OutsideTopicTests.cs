using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;
using VastbusBot.Features.Guidelines.Retrieval;

namespace VastbusBot.Tests.Guidelines;

/// <summary>Known topics outside the guidelines (<c>_outside.yaml</c>) and context words (<c>_context-words.yaml</c>).</summary>
public sealed class OutsideTopicTests : IDisposable
{
    private const string Outside = """
        outside:
          - id: public-transport
            referral:
              sv: "Busstider finns hos Västtrafik."
              en: "Bus times are Västtrafik's."
            questions:
              sv: ["när går bussen", "vilken buss går till sjukhuset"]
              en: ["when does the bus leave"]
            keywords:
              sv: [buss, busstider, Västtrafik]
              en: [bus, timetable]
        """;

    private readonly TestKnowledgeFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("när går bussen till mötet?", UiLanguage.Swedish)]
    [InlineData("when does the bus to the meeting leave?", UiLanguage.English)]
    public void QuestionAboutAnOutsideTopic_IsNotFound_WithThatTopic_EvenWhenItSharesWordsWithAnEntry(string question, UiLanguage language)
    {
        var without = new GuidelineKnowledge(_folder.Path).Search(question, language);
        _folder.Write(KnowledgeBaseLoader.OutsideFile, Outside);

        var result = new GuidelineKnowledge(_folder.Path).Search(question, language);

        Assert.Null(without.Outside);
        Assert.Equal(SearchOutcome.NotFound, result.Outcome);
        Assert.Equal("public-transport", result.Outside?.Topic.Id);
        Assert.Null(result.Best);
        Assert.DoesNotContain(result.Candidates, c => c.Entry.Id == "public-transport");
    }

    [Fact]
    public void QuestionAnEntryAnswers_IsAnswered_AlthoughAnOutsideTopicSharesAWord()
    {
        _folder.Write(KnowledgeBaseLoader.OutsideFile, Outside);

        var result = new GuidelineKnowledge(_folder.Path).Search("inom hur lång tid ska mötet hållas om vi åker buss", UiLanguage.Swedish);

        Assert.Equal(TestKnowledgeFolder.MeetingDeadline, result.Best?.Id);
        Assert.Null(result.Outside);
    }

    [Theory]
    [InlineData("outside:\n  - id: Bad Id\n    referral: { sv: \"a\", en: \"b\" }\n    questions: { sv: [\"x\"], en: [\"y\"] }\n", "_outside.yaml: outside[0].id")]
    [InlineData("outside:\n  - id: bus\n    referral: { sv: \"a\" }\n    questions: { sv: [\"x\"], en: [\"y\"] }\n", "_outside.yaml: outside[0].referral.en")]
    [InlineData("outside:\n  - id: bus\n    referral: { sv: \"a\", en: \"b\" }\n    questions: { sv: [\"x\"] }\n", "_outside.yaml: outside[0].questions.en")]
    [InlineData("outside:\n  - id: bus\n    referral: { sv: \"a\", en: \"b\" }\n    questions: { sv: [\"x\"], en: [\"y\"] }\n  - id: bus\n    referral: { sv: \"a\", en: \"b\" }\n    questions: { sv: [\"x\"], en: [\"y\"] }\n", "_outside.yaml: outside[1].id")]
    public void InvalidOutsideTopic_IsRejected_NamingTheFileAndField(string yaml, string expectedError)
    {
        _folder.Write(KnowledgeBaseLoader.OutsideFile, yaml);

        var error = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBaseLoader.Load(_folder.Path));

        Assert.Contains(error.Errors, e => e.StartsWith(expectedError, StringComparison.Ordinal));
    }

    [Fact]
    public void ContextWord_WeighsLikeAnEverydayWord_SoAPlaceNameAloneDoesNotCarryAQuestion()
    {
        // An entry that names a municipality, and a question about something else in that municipality.
        _folder.WriteEntry(
            "area-lerum", "Lerums område", "Lerum's area",
            "Lerum hör till ett område som inte är fastställt.", "Which area Lerum belongs to is not established.",
            ["vilket område tillhör lerum"], ["which area does lerum belong to"], ["Lerum", "område"], ["Lerum", "area"]);
        const string question = "parkeringsregler i Lerum";
        var before = new GuidelineKnowledge(_folder.Path).Search(question, UiLanguage.Swedish);
        _folder.Write(KnowledgeBaseLoader.ContextWordsFile, "context_words: [Lerum, Alingsås]\n");

        var knowledge = new GuidelineKnowledge(_folder.Path);
        var after = knowledge.Search(question, UiLanguage.Swedish);

        Assert.Equal(["Lerum", "Alingsås"], knowledge.KnowledgeBase.ContextWords);
        Assert.Equal("area-lerum", before.Candidates[0].Entry.Id);
        Assert.True(after.Candidates[0].Confidence < before.Candidates[0].Confidence, $"{after.Candidates[0].Confidence} !< {before.Candidates[0].Confidence}");
        Assert.Equal("area-lerum", knowledge.Search("vilket område tillhör Lerum?", UiLanguage.Swedish).Best?.Id);
    }

    private const string Benefits = """
        outside:
          - id: benefits
            referral:
              sv: "Försörjningsstöd handläggs av kommunens ekonomiska bistånd."
              en: "Income support is handled by the municipality's financial assistance unit."
            questions:
              sv: ["hur söker man försörjningsstöd"]
              en: ["how do you apply for income support"]
            keywords:
              sv: [försörjningsstöd]
              en: [income support]
            cues:
              sv: [försörjningsstöd, hur många förra året]
              en: [income support, write for me]
        """;

    [Theory]
    [InlineData("vem betalar placeringen om familjen har försörjningsstöd?", "försörjningsstöd")]
    [InlineData("vem betalar placeringen om familjen har försörjningsstödet?", "försörjningsstöd")]
    [InlineData("vem betalar placeringen om familjen har försörningsstöd?", "försörjningsstöd")]
    [InlineData("hur många placeringar betalade kommunen förra året?", "hur många förra året")]
    public void QuestionWithACue_IsDeclinedWithItsTopic_ThoughTheRestMatchesAnEntry(string question, string expectedCue)
    {
        var without = new GuidelineKnowledge(_folder.Path).Search(question, UiLanguage.Swedish);
        _folder.Write(KnowledgeBaseLoader.OutsideFile, Benefits);

        var result = new GuidelineKnowledge(_folder.Path).Search(question, UiLanguage.Swedish);

        Assert.Equal(TestKnowledgeFolder.CostSplit, without.Best?.Id);
        Assert.Equal(SearchOutcome.NotFound, result.Outcome);
        Assert.Equal("benefits", result.Outside?.Topic.Id);
        Assert.Contains(expectedCue, result.Outside!.Topic.Cues[UiLanguage.Swedish]);
    }

    [Theory]
    [InlineData("vem betalar placeringen?")]
    [InlineData("hur många placeringar betalar kommunen?")]
    [InlineData("Familjen har försörjningsstöd och barnet ska placeras. Vem betalar placeringen?")]
    public void QuestionWithoutACue_OrWithOneOnlyInTheCaseDescription_IsAnswered(string question)
    {
        _folder.Write(KnowledgeBaseLoader.OutsideFile, Benefits);

        var result = new GuidelineKnowledge(_folder.Path).Search(question, UiLanguage.Swedish);

        Assert.Equal(TestKnowledgeFolder.CostSplit, result.Best?.Id);
        Assert.Null(result.Outside);
    }

    [Theory]
    [InlineData("can you write the minutes for me?", true)]
    [InlineData("who should write the minutes for the meeting?", false)]
    [InlineData("who writes the form for members?", false)]
    public void ShortCueWord_MustBeAWholeWord(string question, bool declined)
    {
        _folder.Write(KnowledgeBaseLoader.OutsideFile, Benefits);

        var result = new GuidelineKnowledge(_folder.Path).Search(question, UiLanguage.English);

        Assert.Equal(declined, result.Outside?.Topic.Id == "benefits");
    }

    [Fact]
    public void CueThatWouldDeclineAnEntrysOwnPhrasing_IsRejected_NamingTheTopicTheFieldAndTheEntry()
    {
        _folder.Write(KnowledgeBaseLoader.OutsideFile, Benefits.Replace("en: [income support, write for me]", "en: [income support, placing]", StringComparison.Ordinal).Replace("en: [income support]", "en: [income support, placing]", StringComparison.Ordinal));

        var error = Assert.Throws<KnowledgeBaseException>(() => new GuidelineKnowledge(_folder.Path));

        var message = Assert.Single(error.Errors);
        Assert.StartsWith("_outside.yaml: outside[0] (benefits).cues.en[1]: 'placing'", message, StringComparison.Ordinal);
        Assert.Contains($"{TestKnowledgeFolder.PlacingMunicipality}.yaml", message, StringComparison.Ordinal);
    }

    [Fact]
    public void CueOfOnlyShortWords_IsRejected()
    {
        _folder.Write(KnowledgeBaseLoader.OutsideFile, Benefits.Replace("hur många förra året", "i år", StringComparison.Ordinal));

        var error = Assert.Throws<KnowledgeBaseException>(() => new GuidelineKnowledge(_folder.Path));

        Assert.Contains(error.Errors, e => e.StartsWith("_outside.yaml: outside[0] (benefits).cues.sv[1]: 'i år'", StringComparison.Ordinal));
    }

    private const string LocalRoutines = """
        outside:
          - id: local-routines
            referral:
              sv: "Fråga den lokala Västbusgruppen efter din kommuns rutin."
              en: "Ask the local Västbus group for your municipality's routine."
            questions:
              sv: ["vad har Skövde för lokal rutin"]
              en: ["what is Skövde's local routine"]
            cues:
              sv: ["{place} rutin"]
              en: ["{place} routine"]
        """;

    [Theory]
    [InlineData("Hur ser Skövdes lokala rutin ut för att kalla till mötet?", true)]
    [InlineData("vad säger rutinen i Lerum om vem som kallar till mötet", true)]
    [InlineData("vad säger Alingsås rutin om vem som kallar till mötet", true)]
    [InlineData("vad säger rutinen om vem som kallar till mötet", false)]
    [InlineData("vad säger Bollebygds rutin om vem som kallar till mötet", false)]
    [InlineData("vad säger rutinen i Vara om vem som kallar till mötet", false)]
    [InlineData("Lerum: vem kallar till mötet?", false)]
    public void PlaceInACue_MatchesAnyMunicipality_ExceptOnesAnEntryNamesWithTheCueOrThatAreEverydayWords(string question, bool declined)
    {
        // Bollebygd's routine is one an entry answers; Vara is also the Swedish verb "to be".
        _folder.WriteEntry(
            "who-calls", "Vem kallar till mötet?", "Who calls the meeting?",
            "Den som behöver samverkan kallar.", "Whoever needs the collaboration calls it.",
            ["vem kallar till mötet", "vad säger Bollebygds rutin om vem som kallar"], ["who calls the meeting"], ["kallar", "kalla"], ["call", "calls"]);
        _folder.Write(KnowledgeBaseLoader.ContextWordsFile, "context_words: [Skövde, Lerum, Alingsås, Bollebygd, Vara, Lilla Edet]\n");
        _folder.Write(KnowledgeBaseLoader.OutsideFile, LocalRoutines);

        var result = new GuidelineKnowledge(_folder.Path).Search(question, UiLanguage.Swedish);

        Assert.Equal(declined, result.Outside?.Topic.Id == "local-routines");
        if (!declined)
        {
            Assert.Equal("who-calls", result.Best?.Id);
        }
    }
}
