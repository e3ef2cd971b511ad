using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Reminders.Cards;

/// <summary>The reminder feature's user-facing texts in Swedish and English.</summary>
internal static class ReminderTexts
{
    // The reminder card, per deadline kind: {0} report year, {1} deadline date, {2} unit name.
    public static readonly LocalizedText AnnualReportTitle = new("Dags för årsberättelsen {0}", "Time for the {0} annual report");

    public static readonly LocalizedText AnnualReportBody = new(
        "Den lokala Västbusgruppens årsberättelse för {0} ska vara inne hos den delregionala gruppen senast {1}.",
        "The local Västbus group's annual report for {0} is due with the delregional group by {1}.");

    public static readonly LocalizedText AnnualReportContents = new(
        "Årsberättelsen tar upp gruppens sammansättning, antal möten, genomförda utbildningar och antal avvikelser med en analys. Jag har gjort ett utkast av det som loggats – du kan rätta det innan du lämnar in.",
        "The report covers the group's composition, the number of meetings, the trainings held and the number of deviations with an analysis. I have drafted it from what was logged – you can correct it before you submit.");

    public static readonly LocalizedText AnnualReportOpen = new("Öppna årsberättelsen", "Open the annual report");

    public static readonly LocalizedText SummaryTitle = new("Dags för den delregionala sammanställningen {0}", "Time for the {0} delregional summary");

    public static readonly LocalizedText SummaryBody = new(
        "Sammanställningen om hur Västbus-arbetet gick i delregionen under {0} ska vara inne hos den regionala styrgruppen senast {1}.",
        "The summary of how the Västbus work went in the area during {0} is due with the regional steering group by {1}.");

    public static readonly LocalizedText SummaryContents = new(
        "Den bygger på de lokala gruppernas årsberättelser och den årliga träffen med de lokala ordförandena. Jag visar vilka grupper som lämnat in och möten, utbildningar och avvikelser per kommun.",
        "It draws on the local groups' annual reports and the yearly gathering with the local chairs. I show which groups have reported, and meetings, trainings and deviations per municipality.");

    public static readonly LocalizedText SummaryOpen = new("Öppna sammanställningen", "Open the summary");

    public static readonly LocalizedText GatheringTitle = new("Dags för träffen med de lokala ordförandena", "Time for the gathering of local chairs");

    public static readonly LocalizedText GatheringBody = new(
        "Den delregionala gruppen träffar de lokala gruppernas ordförande en gång om året. Planera träffen så att den är hållen senast {1} – den är underlag till sammanställningen till den regionala styrgruppen.",
        "The delregional group meets the local groups' chairs once a year. Plan the gathering so it has taken place by {1} – it feeds the summary for the regional steering group.");

    public static readonly LocalizedText GatheringContents = new(
        "Träffen följer upp pågående arbete, kartlägger utvecklingsområden och behov av kompetensutveckling.",
        "The gathering follows up ongoing work and maps development areas and training needs.");

    public static readonly LocalizedText GatheringOpen = new("Planera träffen", "Plan the gathering");

    public static readonly LocalizedText Unit = new("Gäller", "For");

    public static readonly LocalizedText Deadline = new("Senast", "Due");

    public static readonly LocalizedText TimeLeft = new("Tid kvar", "Time left");

    public static readonly LocalizedText WhyYou = new(
        "Du får påminnelsen som {0} för {1}. Skriv \"påminnelser\" för att pausa dem eller välja andra dagar.",
        "You get this reminder as {0} of {1}. Type \"reminders\" to pause them or choose other days.");

    public static readonly LocalizedText RoleChair = new("ordförande", "chair");

    public static readonly LocalizedText RoleCoordinator = new("delregional samordnare", "delregional coordinator");

    public static readonly LocalizedText MyReminders = new("Mina påminnelser", "My reminders");

    // The reminders card ("påminnelser" / "reminders").
    public static readonly LocalizedText OverviewTitle = new("Dina påminnelser", "Your reminders");

    public static readonly LocalizedText StatusOn = new("Påminnelserna är på.", "Reminders are on.");

    public static readonly LocalizedText StatusPaused = new(
        "Påminnelserna är pausade – du får inga kort förrän du återupptar dem.",
        "Reminders are paused – you get no cards until you resume them.");

    public static readonly LocalizedText OffsetsDefault = new("Du påminns {0} dagar före varje deadline (standard).", "You are reminded {0} days before each deadline (the default).");

    public static readonly LocalizedText OffsetsOwn = new("Du påminns {0} dagar före varje deadline (ditt val).", "You are reminded {0} days before each deadline (your choice).");

    public static readonly LocalizedText Upcoming = new("Kommande", "Coming up");

    public static readonly LocalizedText NothingToReport = new(
        "Du har inga rapporter att lämna just nu. Påminnelser går till ordförande i lokala Västbusgrupper (årsberättelsen, 1 mars) och till delregionala samordnare (sammanställningen, 1 juni, och träffen med ordförandena).",
        "You have no reports due right now. Reminders go to chairs of local Västbus groups (the annual report, 1 March) and to delregional coordinators (the summary, 1 June, and the gathering of chairs).");

    public static readonly LocalizedText ItemAnnualReport = new("Årsberättelse {0} – {1}", "Annual report {0} – {1}");

    public static readonly LocalizedText ItemSummary = new("Delregional sammanställning {0} – {1}", "Delregional summary {0} – {1}");

    public static readonly LocalizedText ItemGathering = new("Träff med lokala ordförande {0} – {1}", "Gathering of local chairs {0} – {1}");

    public static readonly LocalizedText ItemDue = new("Senast {0}.", "Due {0}.");

    public static readonly LocalizedText ItemSubmitted = new("Inlämnad – inga fler påminnelser.", "Submitted – no more reminders.");

    public static readonly LocalizedText ItemNextReminders = new("Påminnelser: {0}.", "Reminders: {0}.");

    public static readonly LocalizedText ItemNoMoreReminders = new("Inga fler påminnelser före deadline.", "No more reminders before the deadline.");

    public static readonly LocalizedText OffsetsLabel = new("Dagar före deadline (t.ex. 30, 14, 3)", "Days before the deadline (e.g. 30, 14, 3)");

    public static readonly LocalizedText SaveOffsets = new("Spara dagarna", "Save the days");

    public static readonly LocalizedText ResetOffsets = new("Tillbaka till standard", "Back to the default");

    public static readonly LocalizedText Pause = new("Pausa påminnelserna", "Pause reminders");

    public static readonly LocalizedText Resume = new("Återuppta påminnelserna", "Resume reminders");

    public static readonly LocalizedText Paused = new("Påminnelserna är pausade.", "Reminders are paused.");

    public static readonly LocalizedText Resumed = new("Påminnelserna är på igen.", "Reminders are on again.");

    public static readonly LocalizedText OffsetsSaved = new("Sparat: {0} dagar före deadline.", "Saved: {0} days before the deadline.");

    public static readonly LocalizedText OffsetsReset = new("Du har standarddagarna igen: {0}.", "You have the default days again: {0}.");

    public static readonly LocalizedText OffsetsInvalid = new(
        "\"{0}\" gick inte att läsa. Skriv 1 till 5 heltal mellan 0 och {1}, åtskilda med komma, t.ex. 30, 14, 3.",
        "\"{0}\" could not be read. Type 1 to 5 whole numbers from 0 to {1}, separated by commas, e.g. 30, 14, 3.");

    public static readonly LocalizedText NoUser = new(
        "Jag kan inte se vem du är i den här chatten. Skriv \"påminnelser\" till mig i en personlig chatt.",
        "I cannot tell who you are in this chat. Write \"reminders\" to me in a personal chat.");

    public static readonly LocalizedText And = new("och", "and");
}
