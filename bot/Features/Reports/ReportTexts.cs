using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Reports;

/// <summary>
/// Headings and texts of the exported reports. The facts file says a regional template exists for the annual report
/// but does not give its headings; these follow the four required contents it lists (11.2), in that order.
/// </summary>
internal static class ReportTexts
{
    public static readonly LocalizedText AnnualTitle = new("Årsberättelse {0}", "Annual report {0}");

    public static readonly LocalizedText AnnualSubtitle = new(
        "Lokal Västbusgrupp {0}, {1}. Till den delregionala Västbusgruppen ({2}), senast 1 mars {3}.",
        "Local Västbus group {0}, {1}. To the delregional Västbus group ({2}), due 1 March {3}.");

    public static readonly LocalizedText Composition = new("1. Gruppens sammansättning", "1. Composition of the group");

    public static readonly LocalizedText NameColumn = new("Namn", "Name");

    public static readonly LocalizedText FunctionColumn = new("Funktion", "Function");

    public static readonly LocalizedText OrganisationColumn = new("Organisation", "Organisation");

    public static readonly LocalizedText NoMembers = new("Inga medlemmar är registrerade.", "No members are registered.");

    public static readonly LocalizedText Meetings = new("2. Antal möten under året", "2. Number of meetings during the year");

    public static readonly LocalizedText MeetingsText = new("Gruppen har haft {0} möten under {1}.", "The group held {0} meetings in {1}.");

    public static readonly LocalizedText Trainings = new("3. Genomförda utbildningsinsatser", "3. Training held");

    public static readonly LocalizedText NoTrainings = new("Inga utbildningsinsatser har loggats under året.", "No training was logged during the year.");

    public static readonly LocalizedText Deviations = new("4. Avvikelser – antal och analys", "4. Deviations – number and analysis");

    public static readonly LocalizedText DeviationsText = new("Antal avvikelser under {1}: {0}.", "Number of deviations in {1}: {0}.");

    public static readonly LocalizedText CategoryColumn = new("Kategori", "Category");

    public static readonly LocalizedText CountColumn = new("Antal", "Number");

    public static readonly LocalizedText Analysis = new("Analys", "Analysis");

    public static readonly LocalizedText NoAnalysis = new("Ingen analys är registrerad.", "No analysis is recorded.");

    public static readonly LocalizedText Compiled = new(
        "Sammanställd av VastbusBot från gruppens loggade möten och avvikelser.",
        "Compiled by VastbusBot from the group's logged meetings and deviations.");

    public static readonly LocalizedText SummaryTitle = new("Delregional sammanställning {0}", "Delregional summary {0}");

    public static readonly LocalizedText SummarySubtitle = new(
        "{0}. Till den regionala styrgruppen, senast 1 juni {1}. Underlag: de lokala gruppernas årsberättelser och den årliga träffen med de lokala ordförandena.",
        "{0}. To the regional steering group, due 1 June {1}. Based on the local groups' annual reports and the yearly gathering with the local chairs.");

    public static readonly LocalizedText Reported = new("1. Inlämnade årsberättelser", "1. Annual reports submitted");

    public static readonly LocalizedText ReportedText = new("{0} av {1} lokala grupper har lämnat in sin årsberättelse.", "{0} of {1} local groups have submitted their annual report.");

    public static readonly LocalizedText GroupColumn = new("Lokal grupp", "Local group");

    public static readonly LocalizedText MunicipalityColumn = new("Kommun", "Municipality");

    public static readonly LocalizedText ReportedColumn = new("Inlämnad", "Submitted");

    public static readonly LocalizedText Yes = new("Ja", "Yes");

    public static readonly LocalizedText No = new("Nej", "No");

    public static readonly LocalizedText PerMunicipality = new("2. Möten, utbildningar och avvikelser per kommun", "2. Meetings, trainings and deviations per municipality");

    public static readonly LocalizedText MeetingsColumn = new("Möten", "Meetings");

    public static readonly LocalizedText TrainingsColumn = new("Utbildningar", "Trainings");

    public static readonly LocalizedText DeviationsColumn = new("Avvikelser", "Deviations");

    public static readonly LocalizedText ChartTitle = new("Per kommun {0}", "Per municipality {0}");

    public static readonly LocalizedText ChartAlt = new(
        "Stapeldiagram: möten, utbildningar och avvikelser per kommun.",
        "Bar chart: meetings, trainings and deviations per municipality.");

    public static readonly LocalizedText FiguresNote = new(
        "Siffrorna kommer från de inlämnade årsberättelserna; en kommun utan inlämnad berättelse visar 0.",
        "The figures come from the submitted annual reports; a municipality without a submitted report shows 0.");
}
