using VastbusBot.Conversation.Localization;

namespace VastbusBot.Conversation;

/// <summary>
/// Conventions for the data the bot puts on card buttons. Every button carries the card's language, so a click
/// is answered in the language the card was shown in, whatever the client's locale.
/// </summary>
public static class CardData
{
    public const string VerbKey = "verb";
    public const string LanguageKey = "lang";

    public static string Tag(UiLanguage language) => language == UiLanguage.English ? "en" : "sv";

    public static UiLanguage? ParseTag(string? tag) => tag switch
    {
        "en" => UiLanguage.English,
        "sv" => UiLanguage.Swedish,
        _ => null,
    };

    /// <summary>Button data with the language and the given entries.</summary>
    public static Dictionary<string, object?> For(UiLanguage language, params (string Key, object? Value)[] entries)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal) { [LanguageKey] = Tag(language) };
        foreach (var (key, value) in entries)
        {
            data[key] = value;
        }

        return data;
    }
}
