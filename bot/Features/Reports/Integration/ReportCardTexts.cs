using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Reports.Integration;

/// <summary>What the report cards and commands say, in Swedish and English.</summary>
internal static class ReportCardTexts
{
    public static readonly LocalizedText AnnualTitle = new("Årsberättelse {0} – {1}", "Annual report {0} – {1}");
    public static readonly LocalizedText AnnualIntro = new(
        "Sammanställd ur det som loggats. Antalen kommer från loggade möten och avvikelser; texterna kan du rätta innan du lämnar in. Lämnas till den delregionala gruppen senast 1 mars {0}.",
        "Compiled from what was logged. The counts come from the logged meetings and deviations; you can correct the texts before you submit. Due to the delregional group by 1 March {0}.");
    public static readonly LocalizedText SubmittedOn = new("Inlämnad {0}.", "Submitted {0}.");
    public static readonly LocalizedText NotSubmitted = new("Inte inlämnad ännu.", "Not submitted yet.");
    public static readonly LocalizedText Members = new("Sammansättning", "Composition");
    public static readonly LocalizedText NoMembers = new("Inga medlemmar registrerade.", "No members registered.");
    public static readonly LocalizedText Meetings = new("Möten", "Meetings");
    public static readonly LocalizedText Deviations = new("Avvikelser", "Deviations");
    public static readonly LocalizedText NotesLabel = new("Kommentar om sammansättningen", "Notes on the composition");
    public static readonly LocalizedText TrainingsLabel = new("Genomförda utbildningsinsatser (en per rad)", "Trainings held (one per line)");
    public static readonly LocalizedText AnalysisLabel = new("Analys av avvikelserna", "Analysis of the deviations");
    public static readonly LocalizedText Submit = new("Lämna in", "Submit");
    public static readonly LocalizedText Resubmit = new("Lämna in igen", "Submit again");
    public static readonly LocalizedText Export = new("Exportera .docx", "Export .docx");
    public static readonly LocalizedText Download = new("Ladda ned .docx", "Download .docx");
    public static readonly LocalizedText DownloadReady = new("Dokumentet är klart. Länken gäller i {0} minuter.", "The document is ready. The link works for {0} minutes.");
    public static readonly LocalizedText Submitted = new("Tack! Årsberättelsen är inlämnad och påminnelserna har upphört.", "Thank you! The annual report is submitted and the reminders have stopped.");
    public static readonly LocalizedText SummarySubmitted = new("Tack! Sammanställningen är inlämnad och påminnelserna har upphört.", "Thank you! The summary is submitted and the reminders have stopped.");
    public static readonly LocalizedText SummaryTitle = new("Delregional sammanställning {0} – {1}", "Delregional summary {0} – {1}");
    public static readonly LocalizedText SummaryIntro = new(
        "{0} av {1} lokala grupper har lämnat in sin årsberättelse. Siffrorna kommer från de inlämnade årsberättelserna. Lämnas till den regionala styrgruppen senast 1 juni {2}.",
        "{0} of {1} local groups have submitted their annual report. The figures come from the submitted reports. Due to the regional steering group by 1 June {2}.");
    public static readonly LocalizedText Reported = new("inlämnad", "submitted");
    public static readonly LocalizedText NotReported = new("saknas", "missing");
    public static readonly LocalizedText Groups = new("Lokala grupper", "Local groups");
    public static readonly LocalizedText PerMunicipality = new("Per kommun (möten / utbildningar / avvikelser)", "Per municipality (meetings / trainings / deviations)");
    public static readonly LocalizedText MunicipalityLine = new("{0}: {1} / {2} / {3} ({4} av {5} grupper)", "{0}: {1} / {2} / {3} ({4} of {5} groups)");
    public static readonly LocalizedText ChartAlt = new("Stapeldiagram per kommun", "Bar chart per municipality");
    public static readonly LocalizedText ChartInDocx = new("Diagrammet finns i .docx-filen.", "The chart is in the .docx file.");
    public static readonly LocalizedText GatheringTitle = new("Ordförandeträff {0} – {1}", "Chairs' gathering {0} – {1}");
    public static readonly LocalizedText GatheringBody = new(
        "Markera träffen som hållen eller bokad, så upphör påminnelserna.",
        "Mark the gathering as held or booked, and the reminders stop.");
    public static readonly LocalizedText GatheringMark = new("Markera som hållen/bokad", "Mark as held/booked");
    public static readonly LocalizedText GatheringMarked = new("Ordförandeträffen är markerad som hållen eller bokad.", "The chairs' gathering is marked as held or booked.");

    public static readonly LocalizedText OnlyChairs = new(
        "Årsberättelsen tas fram av ordföranden i en lokal Västbusgrupp. Du är inte ordförande i någon grupp.",
        "The annual report is prepared by the chair of a local Västbus group. You are not the chair of any group.");
    public static readonly LocalizedText AdminNameGroup = new(
        "Som administratör: skriv gruppens id, t.ex. \"årsberättelse 2026 boras\".",
        "As an admin: give the group's id, e.g. \"annual report 2026 boras\".");
    public static readonly LocalizedText OnlyCoordinators = new(
        "Sammanställningen tas fram av en delregional samordnare. Du är inte samordnare för något delregionalt område.",
        "The summary is prepared by a delregional coordinator. You are not the coordinator of any delregional area.");
    public static readonly LocalizedText AdminNameArea = new(
        "Som administratör: skriv områdets id, t.ex. \"delregional sammanställning 2026 sodra\".",
        "As an admin: give the area's id, e.g. \"delregional summary 2026 sodra\".");
    public static readonly LocalizedText NoSuchGroup = new("Jag hittar ingen sådan lokal grupp.", "I cannot find that local group.");
    public static readonly LocalizedText NoSuchArea = new("Jag hittar inget sådant delregionalt område.", "I cannot find that delregional area.");
    public static readonly LocalizedText NoUser = new("Jag kan inte se vem du är. Skriv till mig i Teams.", "I cannot tell who you are. Write to me in Teams.");
    public static readonly LocalizedText SubmitConflict = new(
        "Någon annan lämnade in samtidigt. Öppna rapporten igen och se den senaste versionen.",
        "Someone else submitted at the same time. Open the report again to see the latest version.");
    public static readonly LocalizedText TooLong = new(
        "Texten är för lång (högst {0} tecken kommentar, {1} utbildningar, {2} analys).",
        "The text is too long (at most {0} characters of notes, {1} of trainings, {2} of analysis).");
    public static readonly LocalizedText Identifier = new(
        "Här står något som ser ut som en personuppgift: \"{0}\". Ta bort det innan du lämnar in.",
        "This looks like personal data: \"{0}\". Remove it before you submit.");

    public static readonly LocalizedText AnnualFilePrefix = new("arsberattelse", "annual-report");
    public static readonly LocalizedText SummaryFilePrefix = new("delregional-sammanstallning", "delregional-summary");
}
