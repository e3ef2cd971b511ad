using System.Globalization;

namespace VastbusBot.Conversation.Localization;

/// <summary>
/// Picks the reply language. Teams sends the client's locale, but people often run an English Teams client and
/// still write Swedish (and the other way round), so a clearly Swedish or English text wins over the locale.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> SwedishWords = new(StringComparer.Ordinal)
    {
        "och", "att", "det", "som", "en", "ett", "är", "vem", "vad", "hur", "när", "var", "vilka", "vilken", "vilket",
        "för", "med", "till", "av", "på", "om", "inte", "ska", "kan", "har", "jag", "vi", "ni", "barn", "barnet",
        "unga", "ansvarar", "gäller", "får", "måste", "eller", "också", "hos", "sker", "vårdnadshavare", "riktlinjerna",
        "skolan", "kommunen", "regionen", "hjälp", "möte", "mötet", "avvikelse", "varför", "vilket", "finns", "behöver",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "and", "is", "are", "who", "what", "how", "when", "where", "which", "why", "for", "with", "to", "of",
        "in", "on", "not", "should", "can", "has", "have", "do", "does", "i", "we", "you", "child", "children",
        "young", "responsible", "apply", "applies", "must", "or", "also", "help", "meeting", "deviation", "guidelines",
        "school", "municipality", "region", "there", "need", "needs", "pays", "about",
    };

    /// <summary>The language of <paramref name="text"/>, or null when the text does not tell.</summary>
    public static UiLanguage? DetectText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = text.ToLowerInvariant().Split(
            [' ', ',', '.', '?', '!', ':', ';', '"', '\'', '(', ')', '\n', '\t', '/'],
            StringSplitOptions.RemoveEmptyEntries);
        int sv = 0, en = 0;
        foreach (var word in words)
        {
            if (SwedishWords.Contains(word))
            {
                sv++;
            }

            if (EnglishWords.Contains(word))
            {
                en++;
            }

            if (word.AsSpan().IndexOfAny("åäö") >= 0)
            {
                sv++;
            }
        }

        if (sv == en)
        {
            return null;
        }

        return sv > en ? UiLanguage.Swedish : UiLanguage.English;
    }

    /// <summary>The language of a Teams locale such as <c>en-US</c> or <c>sv-SE</c>; Swedish unless it is English.</summary>
    public static UiLanguage FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return UiLanguage.Swedish;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(locale);
            return culture.TwoLetterISOLanguageName == "en" ? UiLanguage.English : UiLanguage.Swedish;
        }
        catch (CultureNotFoundException)
        {
            return locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? UiLanguage.English : UiLanguage.Swedish;
        }
    }
}
