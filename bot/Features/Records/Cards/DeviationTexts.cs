using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Records.Cards;

/// <summary>The texts of the deviation cards, commands and notices.</summary>
public static class DeviationTexts
{
    public static readonly LocalizedText FormTitle = new("Rapportera en avvikelse", "Report a deviation");

    public static readonly LocalizedText FormIntro = new(
        "En avvikelse är när överenskommelser, riktlinjer eller en samordnad plan inte följs. Beskriv vad som hände, inte vem: inga namn, personnummer, adresser eller annat som pekar ut barnet eller familjen. Gruppens ordförande tar emot rapporten.",
        "A deviation is when agreements, guidelines or a coordinated plan are not followed. Describe what happened, not who: no names, personal identity numbers, addresses or anything else that identifies the child or the family. The group's chair receives the report.");

    public static readonly LocalizedText GroupConcerned = new("Västbusgrupp (kommun) som berörs", "Västbus group (municipality) concerned");

    public static readonly LocalizedText DateOfEvent = new("Datum då det hände", "Date it happened");

    public static readonly LocalizedText ReportingOrganisation = new("Rapporterande organisation", "Reporting organisation");

    public static readonly LocalizedText ReportingOrganisationPlaceholder = new("Till exempel Socialtjänsten i Borås", "For example Social services in Borås");

    public static readonly LocalizedText PartiesConcerned = new("Berörda parter", "Parties concerned");

    public static readonly LocalizedText ChooseParties = new("Välj en eller flera", "Choose one or more");

    public static readonly LocalizedText OtherParty = new("Annan berörd part (valfritt)", "Other party concerned (optional)");

    public static readonly LocalizedText Category = new("Kategori", "Category");

    public static readonly LocalizedText ChooseCategory = new("Välj kategori", "Choose a category");

    public static readonly LocalizedText Description = new("Beskrivning (avidentifierad)", "Description (de-identified)");

    public static readonly LocalizedText DescriptionPlaceholder = new(
        "Vad hände, och vad i samverkan fungerade inte? Inga namn eller personuppgifter.",
        "What happened, and what in the collaboration did not work? No names or personal details.");

    public static readonly LocalizedText ProposedAction = new("Förslag till åtgärd", "Proposed action");

    public static readonly LocalizedText Send = new("Skicka avvikelsen", "Send the deviation");

    public static readonly LocalizedText ReportedTitle = new("Avvikelse till {0}", "Deviation for the {0}");

    public static readonly LocalizedText Reported = new("Avvikelsen är rapporterad.", "The deviation has been reported.");

    public static readonly LocalizedText AlreadyReported = new(
        "Det här formuläret var redan skickat – inget nytt har sparats.",
        "This form had already been sent – nothing new has been stored.");

    public static readonly LocalizedText ChairNotified = new(
        "Ordföranden i gruppen har fått avvikelsen i Teams.",
        "The group's chair has received the deviation in Teams.");

    public static readonly LocalizedText CoordinatorsNotified = new(
        "Gruppen har ingen ordförande i VastbusBot, så områdets samordnare har fått avvikelsen i Teams.",
        "The group has no chair in VastbusBot, so the area's coordinators have received the deviation in Teams.");

    public static readonly LocalizedText ChairUnreachable = new(
        "Avvikelsen är sparad, men ordföranden kunde inte nås i Teams – hen har inte chattat med VastbusBot än. Kontakta ordföranden på annat sätt och be hen skriva \"visa avvikelser\" till mig.",
        "The deviation is stored, but the chair could not be reached in Teams – they have not chatted with VastbusBot yet. Contact the chair another way and ask them to type \"show deviations\" to me.");

    public static readonly LocalizedText CoordinatorsUnreachable = new(
        "Avvikelsen är sparad, men gruppen har ingen ordförande i VastbusBot och {0} av områdets samordnare kunde inte nås i Teams. Kontakta dem på annat sätt.",
        "The deviation is stored, but the group has no chair in VastbusBot and {0} of the area's coordinators could not be reached in Teams. Contact them another way.");

    public static readonly LocalizedText NobodyToNotify = new(
        "Avvikelsen är sparad, men gruppen har ingen ordförande och området ingen samordnare i VastbusBot än, så ingen har fått den. Kontakta gruppen på annat sätt.",
        "The deviation is stored, but the group has no chair and the area no coordinator in VastbusBot yet, so nobody has received it. Contact the group another way.");

    public static readonly LocalizedText YouHandleIt = new(
        "Du kan själv hantera avvikelser i den här gruppen – skriv analysen och sätt status nedan.",
        "You handle deviations in this group yourself – write the analysis and set the status below.");

    public static readonly LocalizedText ShowMine = new("Visa mina avvikelser", "Show my deviations");

    public static readonly LocalizedText HandleTitle = new("Avvikelse – {0}", "Deviation – {0}");

    public static readonly LocalizedText NewForYou = new(
        "En ny avvikelse har rapporterats till {0}. Skriv din analys och sätt status när du har gått igenom den.",
        "A new deviation has been reported to the {0}. Write your analysis and set the status when you have gone through it.");

    public static readonly LocalizedText EscalatedToYou = new(
        "Ordföranden har lyft den här avvikelsen till den delregionala gruppen.",
        "The chair has escalated this deviation to the delregional group.");

    public static readonly LocalizedText Status = new("Status", "Status");

    public static readonly LocalizedText NewStatus = new("Ny status", "New status");

    public static readonly LocalizedText Analysis = new("Analys", "Analysis");

    public static readonly LocalizedText AnalysisHint = new(
        "Vad orsakade avvikelsen, och vad gör gruppen åt den? Analysen syns för ordförande, samordnare och administratörer, inte för den som rapporterade.",
        "What caused the deviation, and what does the group do about it? The analysis is seen by the chair, coordinators and administrators, not by whoever reported it.");

    public static readonly LocalizedText SaveHandling = new("Spara status och analys", "Save status and analysis");

    public static readonly LocalizedText HandlingSaved = new("Sparat: status {0}.", "Saved: status {0}.");

    public static readonly LocalizedText ReporterTold = new("Den som rapporterade har fått besked i Teams.", "Whoever reported it has been told in Teams.");

    public static readonly LocalizedText ReporterUnreachable = new(
        "Den som rapporterade kunde inte nås i Teams (har inte chattat med VastbusBot), men ser den nya statusen med \"visa avvikelser\".",
        "Whoever reported it could not be reached in Teams (they have not chatted with VastbusBot), but sees the new status with \"show deviations\".");

    public static readonly LocalizedText ReportedBy = new("Rapporterad av", "Reported by");

    public static readonly LocalizedText History = new("Historik", "History");

    public static readonly LocalizedText HistoryEntry = new("{0}: {1} ({2})", "{0}: {1} ({2})");

    public static readonly LocalizedText StatusChangedTitle = new("Ny status för din avvikelse", "New status for your deviation");

    public static readonly LocalizedText StatusChangedText = new(
        "Avvikelsen du rapporterade till {0} den {1} har ändrat status från \"{2}\" till \"{3}\".",
        "The deviation you reported to the {0} on {1} has changed status from \"{2}\" to \"{3}\".");

    public static readonly LocalizedText YourReport = new("Din rapport", "Your report");

    public static readonly LocalizedText ReporterViewNote = new(
        "Ordförandens analys delas inte med den som rapporterat; du ser status och historik.",
        "The chair's analysis is not shared with whoever reported; you see the status and history.");

    public static readonly LocalizedText ListTitle = new("Avvikelser {0}", "Deviations {0}");

    public static readonly LocalizedText ToHandle = new("Att hantera", "To handle");

    public static readonly LocalizedText Mine = new("Mina rapporter", "My reports");

    public static readonly LocalizedText NoneToHandle = new("Inga avvikelser med de här filtren.", "No deviations with these filters.");

    public static readonly LocalizedText NoneMine = new("Du har inte rapporterat några avvikelser med de här filtren.", "You have not reported any deviations with these filters.");

    public static readonly LocalizedText NotAHandler = new(
        "Du är inte ordförande eller samordnare, så här visas bara de avvikelser du själv har rapporterat.",
        "You are not a chair or coordinator, so only the deviations you reported yourself are shown here.");

    public static readonly LocalizedText ChooseGroupToHandle = new(
        "Du är administratör men inte ordförande eller samordnare: välj en grupp i filtret för att se dess avvikelser.",
        "You are an administrator but not a chair or coordinator: choose a group in the filter to see its deviations.");

    public static readonly LocalizedText FilterStatus = new("Status", "Status");

    public static readonly LocalizedText AnyStatus = new("Alla statusar", "Any status");

    public static readonly LocalizedText FilterYear = new("År", "Year");

    public static readonly LocalizedText FilterGroup = new("Grupp", "Group");

    public static readonly LocalizedText AllMyGroups = new("Alla grupper jag hanterar", "All groups I handle");

    public static readonly LocalizedText ApplyFilter = new("Visa", "Show");

    public static readonly LocalizedText Report = new("Rapportera avvikelse", "Report deviation");

    public static readonly LocalizedText MoreNotShown = new(
        "…och {0} till. Smalna av med filtren.",
        "…and {0} more. Narrow the list with the filters.");

    public static readonly LocalizedText UnknownFilter = new(
        "Jag förstod inte \"{0}\". Skriv till exempel \"visa avvikelser 2025 löst Borås\": år, status (mottagen, under analys, löst, lyft) och kommun.",
        "I did not understand \"{0}\". Type for example \"show deviations 2025 resolved Borås\": year, status (received, under analysis, resolved, escalated) and municipality.");
}
