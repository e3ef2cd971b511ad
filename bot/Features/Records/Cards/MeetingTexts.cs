using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Records.Cards;

/// <summary>The texts of the meeting cards and commands.</summary>
public static class MeetingTexts
{
    public static readonly LocalizedText FormTitle = new("Logga ett möte", "Log a meeting");

    public static readonly LocalizedText FormIntro = new(
        "Fyll i vad den lokala Västbusgruppen gick igenom. Det blir underlaget till årsberättelsen. Skriv aldrig något som pekar ut ett barn eller en familj.",
        "Fill in what the local Västbus group went through. It becomes the basis of the annual report. Never write anything that identifies a child or a family.");

    public static readonly LocalizedText EditTitle = new("Redigera mötet", "Edit the meeting");

    public static readonly LocalizedText Participants = new("Deltagare", "Participants");

    public static readonly LocalizedText ParticipantsHint = new(
        "En rad per deltagare: namn och den organisation hen företräder. Tomma rader hoppas över.",
        "One row per participant: name and the organisation they represent. Empty rows are skipped.");

    public static readonly LocalizedText ParticipantName = new("Namn", "Name");

    public static readonly LocalizedText ParticipantOrganisation = new("Organisation", "Organisation");

    public static readonly LocalizedText RowIdentifier = new(
        "Ser ut som en personuppgift (personnummer, telefon eller e-post) – ta bort den.",
        "Looks like personal data (identity number, phone or e-mail) – remove it.");

    public static readonly LocalizedText RowRequired = new("Fyll i både namn och organisation.", "Fill in both name and organisation.");

    public static readonly LocalizedText MoreRows = new("Fler deltagarrader", "More participant rows");

    public static readonly LocalizedText Topics = new("Ämnen som togs upp", "Topics discussed");

    public static readonly LocalizedText Decisions = new("Beslut", "Decisions");

    public static readonly LocalizedText Trainings = new("Utbildningar som hållits (en per rad)", "Trainings held (one per line)");

    public static readonly LocalizedText TrainingsHeading = new("Utbildningar", "Trainings");

    public static readonly LocalizedText DeviationsDiscussed = new("Avvikelser som diskuterades", "Deviations discussed");

    public static readonly LocalizedText DeviationsDiscussedPlaceholder = new(
        "Till exempel antal och vad de handlade om – avidentifierat", "For example how many and what they were about – de-identified");

    public static readonly LocalizedText SaveMeeting = new("Spara mötet", "Save the meeting");

    public static readonly LocalizedText SaveChanges = new("Spara ändringarna", "Save the changes");

    public static readonly LocalizedText SummaryTitle = new("Möte {0}", "Meeting {0}");

    public static readonly LocalizedText Saved = new("Mötet är sparat.", "The meeting has been saved.");

    public static readonly LocalizedText AlreadySaved = new(
        "Det här formuläret var redan sparat – inget nytt har lagts till.",
        "This form had already been saved – nothing new has been added.");

    public static readonly LocalizedText Updated = new("Ändringarna är sparade.", "The changes have been saved.");

    public static readonly LocalizedText LoggedBy = new("Loggat av {0}", "Logged by {0}");

    public static readonly LocalizedText ChangedBy = new("Senast ändrat av {0}", "Last changed by {0}");

    public static readonly LocalizedText Edit = new("Redigera", "Edit");

    public static readonly LocalizedText ShowMeetingsOf = new("Visa möten {0}", "Show meetings {0}");

    public static readonly LocalizedText ListTitle = new("Möten {0}", "Meetings {0}");

    public static readonly LocalizedText GroupCount = new("{0} – {1} möten", "{0} – {1} meetings");

    public static readonly LocalizedText GroupCountOne = new("{0} – 1 möte", "{0} – 1 meeting");

    public static readonly LocalizedText NoneThisYear = new("Inga möten loggade {0}.", "No meetings logged in {0}.");

    public static readonly LocalizedText ParticipantCount = new("{0} deltagare", "{0} participants");

    public static readonly LocalizedText AndMore = new("…och {0} till", "…and {0} more");

    public static readonly LocalizedText Shortened = new(
        "Några långa texter är förkortade här. Tryck på Redigera för att se allt.",
        "Some long texts are shortened here. Press Edit to see everything.");

    public static readonly LocalizedText Open = new("Öppna", "Open");

    public static readonly LocalizedText LogMeeting = new("Logga möte", "Log meeting");

    public static readonly LocalizedText MoreNotShown = new(
        "…och {0} möten till som inte ryms här.",
        "…and {0} more meetings that do not fit here.");

    public static readonly LocalizedText NoGroupTitle = new("Du är inte med i någon Västbusgrupp än", "You are not in any Västbus group yet");

    public static readonly LocalizedText NoGroup = new(
        "Du är inte med i någon lokal Västbusgrupp än, så du kan inte logga möten. Be gruppens ordförande eller en administratör att lägga till dig – de skriver \"lägg till medlem\" och behöver ditt användar-id: {0}. Skriv \"min roll\" för att se vad du är registrerad som.",
        "You are not in any local Västbus group yet, so you cannot log meetings. Ask the group's chair or an administrator to add you – they type \"add member\" and need your user id: {0}. Type \"my role\" to see what you are registered as.");

    public static readonly LocalizedText NoGroupAdmin = new(
        "Som administratör kan du utse dig själv till ordförande i en grupp eller lägga till dig som medlem här. Andra lägger du till med \"lägg till medlem\" och \"utse ordförande\".",
        "As an administrator you can make yourself the chair of a group, or add yourself as a member, here. Add others with \"add member\" and \"assign chair\".");

    public static readonly LocalizedText YourFunction = new("Din funktion (till exempel enhetschef)", "Your function (for example unit manager)");

    public static readonly LocalizedText YourOrganisation = new("Din organisation (till exempel Socialtjänsten)", "Your organisation (for example Social services)");

    public static readonly LocalizedText MakeMeChair = new("Gör mig till ordförande", "Make me the chair");

    public static readonly LocalizedText AddMeAsMember = new("Lägg till mig som medlem", "Add me as a member");

    public static readonly LocalizedText JoinedAsChair = new(
        "Klart – du är ordförande i {0}. Fyll i mötet nedan.",
        "Done – you are the chair of the {0}. Fill in the meeting below.");

    public static readonly LocalizedText JoinedAsMember = new(
        "Klart – du är medlem i {0}. Fyll i mötet nedan.",
        "Done – you are a member of the {0}. Fill in the meeting below.");

    public static readonly LocalizedText NoGroupForList = new(
        "Du är inte med i någon Västbusgrupp, så jag vet inte vems möten jag ska visa. Skriv kommunen efter kommandot, till exempel \"visa möten Borås {0}\", om du är samordnare eller administratör.",
        "You are not in any Västbus group, so I do not know whose meetings to show. Add the municipality after the command, for example \"show meetings Borås {0}\", if you are a coordinator or administrator.");
}
