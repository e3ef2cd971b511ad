using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Privacy;

namespace VastbusBot.Features.Records;

/// <summary>User-facing texts of the records and registry services, Swedish first.</summary>
public static class RecordsText
{
    // Validation
    public static readonly LocalizedText Required = new("Fältet måste fyllas i.", "This field is required.");

    public static readonly LocalizedText AtLeastOneRow = new("Fyll i minst en rad.", "Fill in at least one row.");

    public static readonly LocalizedText TooLong = new(
        "Texten är för lång ({0} tecken). Högst {1} tecken får plats.",
        "The text is too long ({0} characters). At most {1} characters fit.");

    public static readonly LocalizedText TooMany = new("Högst {0} rader får plats.", "At most {0} rows fit.");

    public static readonly LocalizedText InvalidDate = new(
        "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel {0}.",
        "Write the date as YYYY-MM-DD, for example {0}.");

    public static readonly LocalizedText FutureDate = new(
        "Datumet kan inte ligga efter i dag ({0}).",
        "The date cannot be later than today ({0}).");

    public static readonly LocalizedText TooOld = new(
        "Datumet kan inte ligga före {0}.",
        "The date cannot be earlier than {0}.");

    public static readonly LocalizedText InvalidChoice = new("Välj ett av alternativen.", "Choose one of the options.");

    public static readonly LocalizedText Identifier = new(
        "Här står något som ser ut som {0}: \"{1}\". Ta bort det – inga uppgifter som pekar ut en person får sparas här.",
        "This looks like {0}: \"{1}\". Please remove it – nothing that identifies a person may be stored here.");

    public static readonly LocalizedText InvalidUserId = new(
        "Det här ser inte ut som ett användar-id från Teams (Entra-objekt-id).",
        "This does not look like a Teams user id (Entra object id).");

    public static readonly LocalizedText InvalidSubmission = new(
        "Formuläret saknar ett giltigt id. Öppna formuläret igen.",
        "The form lacks a valid id. Please open the form again.");

    public static readonly LocalizedText InvalidTransition = new(
        "Avvikelsen kan inte gå från \"{0}\" till \"{1}\".",
        "The deviation cannot go from \"{0}\" to \"{1}\".");

    public static readonly LocalizedText AnalysisRequired = new(
        "Skriv en analys innan avvikelsen får status \"{0}\".",
        "Write an analysis before the deviation gets the status \"{0}\".");

    public static readonly LocalizedText Unchanged = new(
        "Ingenting är ändrat: status och analys är desamma som förut.",
        "Nothing has changed: the status and the analysis are as before.");

    // Authorization
    public static readonly LocalizedText NoIdentity = new(
        "Jag kan inte se vem du är i Teams, så jag kan inte visa eller spara något åt dig.",
        "I cannot tell who you are in Teams, so I cannot show or store anything for you.");

    public static readonly LocalizedText OnlyMembersLogMeetings = new(
        "Bara medlemmarna i {0} kan logga gruppens möten.",
        "Only the members of the {0} can log its meetings.");

    public static readonly LocalizedText OnlyMembersSeeMeetings = new(
        "Bara medlemmarna i {0}, områdets samordnare och administratörer kan se gruppens möten.",
        "Only the members of the {0}, the area's coordinator and administrators can see the group's meetings.");

    public static readonly LocalizedText OnlyHandlersSeeDeviations = new(
        "Bara ordföranden i {0}, områdets samordnare och administratörer kan se och hantera gruppens avvikelser. Den som har rapporterat en avvikelse kan följa dess status.",
        "Only the chair of the {0}, the area's coordinator and administrators can see and handle the group's deviations. Whoever reported a deviation can follow its status.");

    public static readonly LocalizedText OnlyCoordinatorSeesArea = new(
        "Bara områdets samordnare och administratörer kan se avvikelserna för hela området.",
        "Only the area's coordinator and administrators can see the deviations of the whole area.");

    public static readonly LocalizedText OnlyAdmins = new(
        "Bara administratörer kan göra det här.",
        "Only administrators can do this.");

    public static readonly LocalizedText OnlyChairOrAdminManagesMembers = new(
        "Bara ordföranden i {0} och administratörer kan ändra gruppens medlemmar.",
        "Only the chair of the {0} and administrators can change the group's members.");

    public static readonly LocalizedText OnlyMembersSeeGroup = new(
        "Bara medlemmarna i {0}, områdets samordnare och administratörer kan se vilka som är med i gruppen.",
        "Only the members of the {0}, the area's coordinator and administrators can see who is in the group.");

    public static readonly LocalizedText ConfiguredAdmin = new(
        "Den här personen är administratör genom botens inställningar och kan bara tas bort där.",
        "This person is an administrator through the bot's settings and can only be removed there.");

    // Not found
    public static readonly LocalizedText GroupNotFound = new(
        "Jag hittar ingen Västbusgrupp som heter \"{0}\".",
        "I cannot find a Västbus group called \"{0}\".");

    public static readonly LocalizedText AreaNotFound = new(
        "Jag hittar inget område som heter \"{0}\".",
        "I cannot find an area called \"{0}\".");

    public static readonly LocalizedText MunicipalityNotFound = new(
        "Jag hittar ingen kommun som heter \"{0}\".",
        "I cannot find a municipality called \"{0}\".");

    public static readonly LocalizedText MeetingNotFound = new(
        "Mötet finns inte, eller har aldrig sparats.",
        "The meeting does not exist, or was never saved.");

    public static readonly LocalizedText DeviationNotFound = new(
        "Avvikelsen finns inte, eller har aldrig sparats.",
        "The deviation report does not exist, or was never saved.");

    public static readonly LocalizedText MemberNotFound = new(
        "Personen är inte medlem i gruppen.",
        "That person is not a member of the group.");

    public static readonly LocalizedText CoordinatorNotFound = new(
        "Personen är inte samordnare för området.",
        "That person is not a coordinator of the area.");

    public static readonly LocalizedText AdminNotFound = new(
        "Personen är inte administratör.",
        "That person is not an administrator.");

    // Conflicts
    public static readonly LocalizedText MeetingConflict = new(
        "Någon annan hann ändra mötet medan du redigerade. Här är den senaste versionen – gör dina ändringar igen.",
        "Someone else changed the meeting while you were editing. Here is the latest version – please make your changes again.");

    public static readonly LocalizedText DeviationConflict = new(
        "Någon annan hann ändra avvikelsen medan du arbetade med den. Här är den senaste versionen – gör dina ändringar igen.",
        "Someone else changed the deviation while you were working on it. Here is the latest version – please make your changes again.");

    public static readonly LocalizedText RegistryConflict = new(
        "Någon annan ändrade gruppen samtidigt. Försök igen.",
        "Someone else changed the group at the same time. Please try again.");

    public static readonly LocalizedText GroupExists = new(
        "Det finns redan en grupp för {0}.",
        "There already is a group for {0}.");

    private static readonly LocalizedText PersonalIdentityNumber = new("ett personnummer", "a Swedish personal identity number");
    private static readonly LocalizedText CoordinationNumber = new("ett samordningsnummer", "a coordination number (samordningsnummer)");
    private static readonly LocalizedText PhoneNumber = new("ett telefonnummer", "a phone number");
    private static readonly LocalizedText EmailAddress = new("en e-postadress", "an e-mail address");

    /// <summary>"a phone number" etc., for <see cref="Identifier"/>.</summary>
    public static LocalizedText Describe(IdentifierKind kind) => kind switch
    {
        IdentifierKind.PersonalIdentityNumber => PersonalIdentityNumber,
        IdentifierKind.CoordinationNumber => CoordinationNumber,
        IdentifierKind.PhoneNumber => PhoneNumber,
        IdentifierKind.EmailAddress => EmailAddress,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// <paramref name="text"/> with its placeholders filled in, in both languages; a <see cref="LocalizedText"/>
    /// argument (a group's name, a status) is filled in in the matching language.
    /// </summary>
    public static LocalizedText With(this LocalizedText text, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(args);
        return new LocalizedText(text.Format(UiLanguage.Swedish, In(UiLanguage.Swedish, args)), text.Format(UiLanguage.English, In(UiLanguage.English, args)));
    }

    private static object?[] In(UiLanguage language, object?[] args) =>
        [.. args.Select(a => a is LocalizedText t ? t[language] : a)];
}
