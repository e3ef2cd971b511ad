using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Help;

/// <summary>The bot's capabilities as shown by <c>hjälp</c> / <c>help</c>.</summary>
public static class HelpCatalog
{
    public static readonly HelpTopic Questions = new(
        "questions",
        new("Frågor om riktlinjerna", "Questions about the guidelines"),
        new("Fråga om ansvar, SIP, samtycke, placering och avvikelser.", "Ask about responsibility, SIP, consent, placement and deviations."),
        new(
            "Skriv din fråga med egna ord, på svenska eller engelska. Du får ett kort svar med källa ur Västbus riktlinjer, överenskommelsen Samverkan för barns och ungas hälsa och SIP-riktlinjen – och ett ärligt besked när riktlinjerna inte täcker frågan.",
            "Type your question in your own words, in Swedish or English. You get a short answer with its source in the Västbus guidelines, the agreement on children's and young people's health and the SIP guideline – and a plain answer when the guidelines do not cover the question."),
        [
            new("Vem ansvarar för vården vid placering utanför hemmet?", "Who is responsible for care when a child is placed outside the home?"),
            new("Vad är en SIP?", "What is a SIP?"),
        ],
        Available: true);

    public static readonly HelpTopic Meetings = new(
        "meetings",
        new("Logga möten", "Log meetings"),
        new("Den lokala gruppens ordförande och medlemmar för in gruppens möten.", "The local group's chair and members record its meetings."),
        new(
            "Ordföranden och medlemmarna i en lokal Västbusgrupp för in datum, deltagare, ämnen, beslut, utbildningar och avvikelser som diskuterats. Det som loggas blir underlaget till årsberättelsen. Skriv \"min roll\" för att se vilken grupp du är med i.",
            "The chair and members of a local Västbus group record the date, participants, topics, decisions, trainings and deviations discussed. What is logged becomes the basis of the annual report. Type \"my role\" to see which group you are in."),
        [new("logga möte", "log meeting"), new("visa möten 2026", "show meetings 2026"), new("min roll", "my role")],
        Available: true);

    public static readonly HelpTopic Deviations = new(
        "deviations",
        new("Avvikelser", "Deviations"),
        new("Rapportera när samverkan inte fungerat.", "Report when collaboration did not work."),
        new(
            "Alla kan rapportera en avvikelse – när samverkan kring ett barn inte fungerat enligt riktlinjerna. Gruppens ordförande tar emot den, analyserar och återkopplar. Beskrivningen ska vara avidentifierad.",
            "Anyone can report a deviation – when collaboration around a child did not work as the guidelines say. The group's chair receives it, analyses it and reports back. The description must be de-identified."),
        [new("rapportera avvikelse", "report deviation"), new("visa avvikelser", "show deviations")],
        Available: true);

    public static readonly HelpTopic Reports = new(
        "reports",
        new("Påminnelser och årsberättelse", "Reminders and annual report"),
        new("Påminnelser före 1 mars och 1 juni, årsberättelse ur loggade data.", "Reminders before 1 March and 1 June, annual report from logged data."),
        new(
            "Den lokala gruppen lämnar sin årsberättelse till den delregionala gruppen senast 1 mars, och den delregionala gruppen sin sammanfattning till den regionala styrgruppen senast 1 juni. Jag påminner i god tid och sammanställer rapporten från det som loggats.",
            "The local group submits its annual report to the delregional group by 1 March, and the delregional group its summary to the regional steering group by 1 June. I remind you in good time and compile the report from what was logged."),
        [new("påminnelser", "reminders"), new("årsberättelse 2026", "annual report 2026")],
        Available: true);

    public static readonly HelpTopic Booking = new(
        "booking",
        new("Boka ordförandeträff", "Book the chairs' meeting"),
        new("Delregionala samordnare bokar årets träff med de lokala ordförandena.", "Delregional coordinators book the yearly meeting of local chairs."),
        new(
            "Som delregional samordnare väljer du period och längd; jag föreslår tider när flest ordförande är lediga och bokar ett Teams-möte med inbjudningar.",
            "As a delregional coordinator you choose a period and a length; I propose times when most chairs are free and book a Teams meeting with invitations."),
        [new("boka ordförandeträff", "book chairs meeting")],
        Available: true);

    public static IReadOnlyList<HelpTopic> All { get; } = [Questions, Meetings, Deviations, Reports, Booking];

    public static HelpTopic? Find(string? id) => All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));
}
