namespace VastbusBot.Conversation.Localization;

/// <summary>The languages the bot speaks. Swedish is the default for every user.</summary>
public enum UiLanguage
{
    Swedish,
    English,
}

/// <summary>A user-facing text in both languages.</summary>
public sealed record LocalizedText(string Sv, string En)
{
    public string this[UiLanguage language] => language == UiLanguage.English ? En : Sv;

    public string Format(UiLanguage language, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[language], args);
}
