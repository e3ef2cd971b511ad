using VastbusBot.Conversation.Localization;

namespace VastbusBot.EndToEnd.Tests;

/// <summary>
/// What a user reads on the bot's cards, written out as the user sees it (the help topics themselves come from the
/// bot's <c>HelpCatalog</c>, which is the list the help card promises).
/// </summary>
public sealed record ExpectedTexts(
    UiLanguage Language,
    string HelpCommand,
    string HelpTitle,
    string HelpIntro,
    string HowTo,
    string ComingSoon,
    string BackToHelp,
    string WelcomeTitle,
    string WelcomeIntro,
    string WelcomeButton,
    string PrivacyReminder)
{
    public static readonly ExpectedTexts Swedish = new(
        UiLanguage.Swedish,
        HelpCommand: "hjälp",
        HelpTitle: "Det här kan jag hjälpa till med",
        HelpIntro: "Välj ett område för att läsa mer, eller skriv en fråga direkt.",
        HowTo: "Så här gör du",
        ComingSoon: "Den här funktionen byggs just nu och är inte klar att använda än.",
        BackToHelp: "Tillbaka till hjälpen",
        WelcomeTitle: "Välkommen till VastbusBot",
        WelcomeIntro: "Jag hjälper er som samverkar kring barn och unga enligt Västbus",
        WelcomeButton: "Visa vad jag kan",
        PrivacyReminder: "Skriv aldrig namn, personnummer eller andra uppgifter som pekar ut ett barn här.");

    public static readonly ExpectedTexts English = new(
        UiLanguage.English,
        HelpCommand: "help",
        HelpTitle: "Here is what I can help with",
        HelpIntro: "Pick an area to read more, or just type a question.",
        HowTo: "How to use it",
        ComingSoon: "This feature is being built and is not ready to use yet.",
        BackToHelp: "Back to help",
        WelcomeTitle: "Welcome to VastbusBot",
        WelcomeIntro: "I help those of you who collaborate around children and young people under Västbus",
        WelcomeButton: "Show what I can do",
        PrivacyReminder: "Never write names, personal identity numbers or other details that identify a child here.");

    public static ExpectedTexts For(UiLanguage language) => language == UiLanguage.English ? English : Swedish;
}
