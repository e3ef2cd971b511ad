namespace VastbusBot.Conversation.Localization;

/// <summary>Texts the conversation layer itself uses; features keep their own texts next to their code.</summary>
public static class CommonText
{
    public static readonly LocalizedText SomethingWentWrong = new(
        "Något gick fel hos mig. Försök igen om en stund – det du skrev är inte sparat.",
        "Something went wrong on my side. Please try again in a moment – what you wrote has not been saved.");

    /// <summary>The card that should replace the clicked one was over Teams' size limit; whatever the click saved stays saved.</summary>
    public static readonly LocalizedText CardTooLarge = new(
        "Svaret blev för stort för att visas i Teams. Skriv \"hjälp\" för att fortsätta.",
        "The reply was too large to show in Teams. Type \"help\" to continue.");

    public static readonly LocalizedText UnknownButton = new(
        "Den här knappen hör till ett äldre kort som jag inte längre känner igen. Skriv \"hjälp\" för att börja om.",
        "This button belongs to an older card I no longer recognise. Type \"help\" to start again.");

    public static readonly LocalizedText EmptyMessage = new(
        "Skriv en fråga om riktlinjerna eller \"hjälp\" för att se vad jag kan.",
        "Type a question about the guidelines, or \"help\" to see what I can do.");

    public static readonly LocalizedText BackToHelp = new("Tillbaka till hjälpen", "Back to help");

    public static readonly LocalizedText PrivacyReminder = new(
        "Skriv aldrig namn, personnummer eller andra uppgifter som pekar ut ett barn här.",
        "Never write names, personal identity numbers or other details that identify a child here.");
}
