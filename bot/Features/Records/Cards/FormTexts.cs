using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Records.Cards;

/// <summary>Texts shared by the record and registry forms.</summary>
public static class FormTexts
{
    public static readonly LocalizedText NothingSaved = new(
        "Inget har sparats. Rätta det som är markerat i rött och spara igen:",
        "Nothing has been saved. Correct what is marked in red and save again:");

    public static readonly LocalizedText NothingSavedIdentifier = new(
        "Inget har sparats: formuläret innehåller något som kan peka ut en person. Här får bara avidentifierade uppgifter stå – ta bort det som är markerat i rött och spara igen:",
        "Nothing has been saved: the form contains something that could identify a person. Only de-identified information may be written here – remove what is marked in red and save again:");

    public static readonly LocalizedText RowOf = new("{0}, rad {1}", "{0}, row {1}");

    public static readonly LocalizedText Save = new("Spara", "Save");

    public static readonly LocalizedText Group = new("Grupp", "Group");

    public static readonly LocalizedText ChooseGroup = new("Välj grupp", "Choose a group");

    public static readonly LocalizedText Date = new("Datum", "Date");

    public static readonly LocalizedText Yes = new("Ja", "Yes");

    public static readonly LocalizedText No = new("Nej", "No");

    public static readonly LocalizedText Unknown = new("okänd", "unknown");

    public static readonly LocalizedText NoIdentityInTeams = new(
        "Jag kan inte se vem du är i Teams (ditt konto saknar Entra-id i meddelandet), så jag kan inte visa eller spara något åt dig.",
        "I cannot tell who you are in Teams (your message carries no Entra id), so I cannot show or store anything for you.");

    public static readonly LocalizedText PersonalChatOnly = new(
        "Avvikelser hanteras bara i en personlig chatt med mig, så att ingen annan i den här chatten ser dem. Öppna en chatt med VastbusBot och skriv \"{0}\" där.",
        "Deviations are handled only in a personal chat with me, so nobody else in this chat sees them. Open a chat with VastbusBot and type \"{0}\" there.");

    public static readonly LocalizedText NotAYear = new(
        "\"{0}\" är inget år jag kan visa. Skriv till exempel \"{1}\".",
        "\"{0}\" is not a year I can show. Type for example \"{1}\".");

    public static readonly LocalizedText UnknownGroupName = new(
        "Jag hittar ingen Västbusgrupp för \"{0}\". Skriv kommunens namn, till exempel \"Borås\".",
        "I cannot find a Västbus group for \"{0}\". Type the municipality's name, for example \"Borås\".");
}
