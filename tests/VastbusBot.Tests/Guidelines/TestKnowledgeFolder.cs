namespace VastbusBot.Tests.Guidelines;

/// <summary>
/// A small, self-contained knowledge base in a temporary folder, so analysis, reload and concurrency tests do not
/// depend on the real content. Entries may be rewritten or broken per test.
/// </summary>
internal sealed class TestKnowledgeFolder : IDisposable
{
    public const string CostSplit = "cost-split";
    public const string PlacingMunicipality = "placing-municipality";
    public const string StudentHealth = "student-health";
    public const string Consent = "consent";
    public const string BupMeeting = "bup-meeting";
    public const string MeetingDeadline = "meeting-deadline";

    private const string Parties = """
        parties:
          - id: socialnamnden
            name: { sv: "Socialnämnden", en: "Social welfare committee" }
          - id: bup
            name: { sv: "BUP", en: "Child and adolescent psychiatry (BUP)" }
        """;

    private const string Sources = """
        sources:
          - id: K1
            title: "Testkälla"
            url: "https://example.org/k1"
            note: "a note is allowed"
        """;

    private const string Synonyms = """
        synonyms:
          - [BUP, barn- och ungdomspsykiatri, barn- och ungdomspsykiatrin]
          - [soc, socialtjänst, socialtjänsten]
        """;

    public TestKnowledgeFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vastbus-kb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Write("_parties.yaml", Parties);
        Write("_sources.yaml", Sources);
        Write("_synonyms.yaml", Synonyms);
        WriteEntry(CostSplit, "Kostnadsfördelning mellan kommun och region", "How costs are split between municipality and region",
            "Varje huvudman betalar för sitt eget ansvar; socialtjänsten betalar boendet.", "Each principal pays for its own responsibility; social services pay for housing.",
            ["hur delas kostnaden", "vem betalar placeringen", "vad gäller för kostnaden"], ["how are costs split between municipality and region", "who pays for a placement"],
            ["kostnadsfördelning", "betala"], ["cost sharing", "pay"]);
        WriteEntry(PlacingMunicipality, "Vad är en placeringskommun?", "What is a placing municipality?",
            "Placeringskommunen är kommunen som utreder och beslutar om placeringen.", "The placing municipality investigates and decides on the placement.",
            ["vad är en placeringskommun"], ["what is a placing municipality"],
            ["placeringskommun"], ["placing municipality"]);
        WriteEntry(StudentHealth, "Elevhälsans roll", "The role of student health services",
            "Elevhälsan är skolans stöd för elevernas hälsa och kan föreslå en plan.", "Student health services support the pupils' health and can propose a plan.",
            ["vad gör elevhälsan"], ["what do student health services do"],
            ["elevhälsa"], ["student health"]);
        WriteEntry(Consent, "Samtycke från vårdnadshavare", "Consent from the legal guardian",
            "Vårdnadshavaren måste samtycka innan uppgifter delas.", "The legal guardian must consent before information is shared.",
            ["behövs samtycke", "måste vårdnadshavaren godkänna"], ["is consent needed", "must the guardian agree"],
            ["samtycke", "vårdnadshavare"], ["consent", "guardian"]);
        WriteEntry(BupMeeting, "Måste BUP komma till mötet?", "Does BUP have to attend the meeting?",
            "Ja, BUP är skyldig att komma när den kallas.", "Yes, BUP is obliged to attend when called.",
            ["måste bup komma till mötet", "är bup skyldig att delta"], ["must bup attend the meeting"],
            ["skyldig", "komma"], ["obliged", "attend"]);
        WriteEntry(MeetingDeadline, "Inom hur lång tid ska mötet hållas?", "How soon must the meeting be held?",
            "Mötet ska hållas inom tre veckor.", "The meeting must be held within three weeks.",
            ["inom hur lång tid ska mötet hållas"], ["how soon must the meeting be held"],
            ["tre veckor", "tidsgräns"], ["three weeks", "deadline"]);
    }

    public string Path { get; }

    public void Write(string fileName, string content) => File.WriteAllText(System.IO.Path.Combine(Path, fileName), content);

    public void WriteEntry(
        string id, string titleSv, string titleEn, string answerSv, string answerEn,
        string[] questionsSv, string[] questionsEn, string[] keywordsSv, string[] keywordsEn) =>
        Write(id + ".yaml", $$"""
            id: {{id}}
            topic: test
            title: { sv: "{{titleSv}}", en: "{{titleEn}}" }
            answer: { sv: "{{answerSv}}", en: "{{answerEn}}" }
            responsible:
              - party: socialnamnden
                role: { sv: "Ansvarar.", en: "Responsible." }
            applies: current
            document: { sv: "Testdokument", en: "Test document" }
            sources:
              - { id: K1, section: "1. Test" }
            questions:
              sv: [{{Quoted(questionsSv)}}]
              en: [{{Quoted(questionsEn)}}]
            keywords:
              sv: [{{Quoted(keywordsSv)}}]
              en: [{{Quoted(keywordsEn)}}]
            """);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static string Quoted(string[] items) => string.Join(", ", items.Select(i => "\"" + i + "\""));
}
