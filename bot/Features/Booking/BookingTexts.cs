using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Booking;

/// <summary>User-facing texts of the chairs' gathering booking, Swedish first.</summary>
public static class BookingTexts
{
    // Who may book, and what is missing
    public static readonly LocalizedText OnlyCoordinators = new(
        "Bara delregionala samordnare och administratörer kan boka ordförandeträffen. Be en administratör att lägga till dig som samordnare för ditt område.",
        "Only delregional coordinators and administrators can book the chairs' meeting. Ask an administrator to add you as coordinator of your area.");

    public static readonly LocalizedText OnlyCoordinatorsOfArea = new(
        "Bara samordnarna för {0} och administratörer kan boka och ändra områdets ordförandeträff.",
        "Only the coordinators of {0} and administrators can book and change the area's chairs' meeting.");

    public static readonly LocalizedText GraphNotConfigured = new(
        "Kalenderkopplingen (Microsoft Graph) är inte inställd för VastbusBot, så jag kan inte boka möten än. Be den som administrerar boten att ställa in den (se docs/booking.md).",
        "The calendar connection (Microsoft Graph) is not set up for VastbusBot, so I cannot book meetings yet. Ask whoever manages the bot to set it up (see docs/booking.md).");

    public static readonly LocalizedText GatheringGone = new(
        "Jag hittar inte den här bokningen längre. Skriv \"boka ordförandeträff\" för att börja om.",
        "I cannot find this booking any more. Type \"book chairs meeting\" to start again.");

    public static readonly LocalizedText OptionGone = new(
        "Den tiden finns inte bland förslagen längre. Välj en av tiderna på kortet.",
        "That time is no longer among the proposals. Choose one of the times on the card.");

    public static readonly LocalizedText BookerNotInDirectory = new(
        "Jag hittar inte din kalender i organisationens katalog, så jag kan inte boka i ditt namn.",
        "I cannot find your calendar in the organisation's directory, so I cannot book in your name.");

    public static readonly LocalizedText NoChairs = new(
        "Det finns inga ordförande registrerade för grupperna i {0}. Be en administratör att registrera ordförandena först.",
        "No chairs are registered for the groups in {0}. Ask an administrator to register the chairs first.");

    public static readonly LocalizedText NoOptions = new(
        "Jag hittar ingen tid i perioden då du är ledig under arbetstid. Prova en längre period eller en kortare träff.",
        "I cannot find a time in the period when you are free during working hours. Try a longer period or a shorter meeting.");

    public static readonly LocalizedText EventGone = new(
        "Mötet finns inte längre i kalendern – det kan ha ställts in i Outlook. Jag har markerat ordförandeträffen som inställd.",
        "The meeting is no longer in the calendar – it may have been cancelled in Outlook. I have marked the chairs' meeting as cancelled.");

    // The form
    public static readonly LocalizedText FormTitle = new("Boka ordförandeträff", "Book the chairs' meeting");

    public static readonly LocalizedText FormIntro = new(
        "En gång om året träffar den delregionala gruppen de lokala gruppernas ordförande. Välj period och längd, så föreslår jag tider när flest ordförande är lediga och skickar inbjudningar när du har valt.",
        "Once a year the delregional group meets the chairs of the local groups. Choose a period and a length; I propose times when most chairs are free and send the invitations once you have chosen.");

    public static readonly LocalizedText Area = new("Område", "Area");
    public static readonly LocalizedText From = new("Tidigast", "Earliest");
    public static readonly LocalizedText To = new("Senast", "Latest");
    public static readonly LocalizedText Duration = new("Längd", "Length");
    public static readonly LocalizedText Mode = new("Form", "Format");
    public static readonly LocalizedText Online = new("Teams-möte", "Teams meeting");
    public static readonly LocalizedText OnSite = new("På plats", "In person");
    public static readonly LocalizedText Location = new("Plats (adress eller lokal)", "Place (address or room)");
    public static readonly LocalizedText LocationPlaceholder = new("T.ex. Regionens hus, sal 3", "E.g. Regionens hus, room 3");
    public static readonly LocalizedText Agenda = new("Dagordning", "Agenda");
    public static readonly LocalizedText Propose = new("Föreslå tider", "Propose times");

    public static readonly LocalizedText DefaultAgenda = new(
        "1. Välkomna\n2. Läget i de lokala grupperna – årsberättelserna\n3. Utvecklingsområden och behov av kompetensutveckling\n4. Hur kan den delregionala gruppen stödja det lokala arbetet?\n5. Övrigt",
        "1. Welcome\n2. How the local groups are doing – the annual reports\n3. Areas for development and training needs\n4. How can the delregional group support the local work?\n5. Any other business");

    public static readonly LocalizedText Hours = new("{0} tim", "{0} h");
    public static readonly LocalizedText HoursAndHalf = new("{0},5 tim", "{0}.5 h");

    // Validation
    public static readonly LocalizedText FromInPast = new(
        "Perioden kan inte börja före i dag ({0}).",
        "The period cannot start before today ({0}).");

    public static readonly LocalizedText FromTooLate = new(
        "Perioden kan börja högst ett år fram, senast {0}.",
        "The period can start at most a year ahead, by {0}.");

    public static readonly LocalizedText ToBeforeFrom = new(
        "Det senaste datumet kan inte ligga före det tidigaste.",
        "The latest date cannot be before the earliest.");

    public static readonly LocalizedText RangeTooLong = new(
        "Perioden får vara högst {0} dagar.",
        "The period can be at most {0} days.");

    public static readonly LocalizedText LocationRequired = new(
        "Skriv var ni ses när träffen är på plats.",
        "Write where you meet when the meeting is in person.");

    // Proposals
    public static readonly LocalizedText ProposalsTitle = new("Förslag på tider", "Proposed times");

    public static readonly LocalizedText ProposalsIntro = new(
        "{0}, {1}. Tiderna är svensk tid och bara sådana där du själv är ledig. Välj en tid så bokar jag mötet och skickar inbjudningarna.",
        "{0}, {1}. Times are Swedish time, and only times when you are free yourself. Choose one and I will book the meeting and send the invitations.");

    public static readonly LocalizedText Invited = new("Inbjudna", "Invited");
    public static readonly LocalizedText ChairOf = new("ordförande, {0}", "chair, {0}");
    public static readonly LocalizedText CoordinatorRole = new("delregional samordnare", "delregional coordinator");
    public static readonly LocalizedText BookerRole = new("du, samordnare", "you, coordinator");

    public static readonly LocalizedText NotInDirectory = new(
        "Finns inte i katalogen och bjuds inte in: {0}.",
        "Not found in the directory and not invited: {0}.");

    public static readonly LocalizedText GroupsWithoutChair = new(
        "Ingen ordförande registrerad för: {0}.",
        "No chair registered for: {0}.");

    public static readonly LocalizedText AlreadyBookedThisYear = new(
        "Obs: {0} har redan en bokad ordförandeträff i år, {1}.",
        "Note: {0} already has a chairs' meeting booked this year, {1}.");

    public static readonly LocalizedText AllFree = new("Alla {0} kan.", "All {0} can come.");
    public static readonly LocalizedText SomeFree = new("{0} av {1} kan.", "{0} of {1} can come.");
    public static readonly LocalizedText BusyList = new("Upptagna: {0}", "Busy: {0}");
    public static readonly LocalizedText UnknownList = new("Kalendern okänd: {0}", "Calendar unknown: {0}");
    public static readonly LocalizedText BookOption = new("Boka {0}", "Book {0}");
    public static readonly LocalizedText EditForm = new("Ändra uppgifter", "Change details");

    // Confirmation
    public static readonly LocalizedText BookedTitle = new("Ordförandeträffen är bokad", "The chairs' meeting is booked");

    public static readonly LocalizedText BookedIntro = new(
        "Mötet ligger i {0} kalender och inbjudningarna är skickade.",
        "The meeting is in {0} calendar and the invitations have been sent.");

    public static readonly LocalizedText YourCalendar = new("din", "your");
    public static readonly LocalizedText CalendarOf = new("{0}s", "{0}'s");
    public static readonly LocalizedText When = new("När", "When");
    public static readonly LocalizedText Where = new("Var", "Where");
    public static readonly LocalizedText JoinLink = new("Anslut till Teams-mötet", "Join the Teams meeting");
    public static readonly LocalizedText OpenInOutlook = new("Öppna i Outlook", "Open in Outlook");
    public static readonly LocalizedText Move = new("Flytta", "Move");
    public static readonly LocalizedText Cancel = new("Ställ in", "Cancel meeting");

    public static readonly LocalizedText AlreadyBooked = new(
        "Mötet var redan bokat – ingen ny inbjudan skickades.",
        "The meeting was already booked – no new invitation was sent.");

    public static readonly LocalizedText Moved = new(
        "Mötet är flyttat och de inbjudna har fått en uppdaterad inbjudan.",
        "The meeting has been moved and the invitees have received an updated invitation.");

    // Move
    public static readonly LocalizedText MoveTitle = new("Flytta ordförandeträffen", "Move the chairs' meeting");

    public static readonly LocalizedText MoveIntro = new(
        "Nu: {0}. Välj en ny tid, så får alla inbjudna en uppdaterad inbjudan. Tiderna är svensk tid.",
        "Now: {0}. Choose a new time and everyone invited gets an updated invitation. Times are Swedish time.");

    public static readonly LocalizedText MoveHere = new("Flytta till {0}", "Move to {0}");
    public static readonly LocalizedText OtherPeriod = new("Sök i en annan period", "Search another period");
    public static readonly LocalizedText ShowTimes = new("Visa tider", "Show times");
    public static readonly LocalizedText Back = new("Tillbaka", "Back");

    // Cancel
    public static readonly LocalizedText CancelTitle = new("Ställa in ordförandeträffen?", "Cancel the chairs' meeting?");

    public static readonly LocalizedText CancelQuestion = new(
        "{0}. Alla inbjudna får besked om att mötet är inställt.",
        "{0}. Everyone invited is told that the meeting is cancelled.");

    public static readonly LocalizedText ConfirmCancel = new("Ja, ställ in", "Yes, cancel it");
    public static readonly LocalizedText KeepIt = new("Nej, behåll", "No, keep it");
    public static readonly LocalizedText CancelledTitle = new("Ordförandeträffen är inställd", "The chairs' meeting is cancelled");

    public static readonly LocalizedText CancelledBody = new(
        "{0} är inställd och de inbjudna har fått besked.",
        "{0} is cancelled and the invitees have been told.");

    public static readonly LocalizedText BookNew = new("Boka en ny", "Book a new one");

    /// <summary>Sent to the attendees with the cancellation (always Swedish: the invitation was).</summary>
    public const string CancelComment = "Ordförandeträffen är inställd. Samordnaren återkommer med en ny tid.";

    /// <summary>The event's subject, in Swedish like the rest of the invitation.</summary>
    public static string Subject(string areaName, int year) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Västbus ordförandeträff {areaName} {year}");
}
