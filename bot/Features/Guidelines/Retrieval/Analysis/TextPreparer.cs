using System.Text;
using System.Text.RegularExpressions;

namespace VastbusBot.Features.Guidelines.Retrieval.Analysis;

/// <summary>
/// Rewrites the forms people type for legal references and abbreviations before tokenising, so that
/// "5:1a", "5 kap 1 a §" and "5 kap. 1 a" all become the same tokens, and "SIP:en" becomes "SIP".
/// </summary>
internal static partial class TextPreparer
{
    public static string Prepare(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormC).Replace('§', ' ');
        normalized = DigitLetter().Replace(normalized, "$1 $2");
        normalized = ChapterColonSection().Replace(normalized, "$1 kap $2");
        normalized = AbbreviationSuffix().Replace(normalized, "$1");
        normalized = EnglishNegation().Replace(normalized, " not");
        normalized = EnglishPossessive().Replace(normalized, string.Empty);
        return normalized;
    }

    // "5:1 a" (chapter:section) as lawyers and users write it.
    [GeneratedRegex(@"\b(\d{1,2})\s*:\s*(\d{1,2})\b")]
    private static partial Regex ChapterColonSection();

    // "1a" (section letter written together with the number).
    [GeneratedRegex(@"\b(\d{1,2})([a-fA-F])\b")]
    private static partial Regex DigitLetter();

    // "doesn't", "don't", "isn't", "can't": the negation is what matters.
    [GeneratedRegex(@"(?<=\p{L})n['’]t\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNegation();

    // "Stockholm's", "the child's": the possessive would otherwise make an unknown word of a known one. Swedish
    // writes its genitive without an apostrophe.
    [GeneratedRegex(@"(?<=\p{L})['’]s\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishPossessive();

    // Swedish inflection of abbreviations: "SIP:en", "BUP:s", "HVB:n", "VGR:s".
    [GeneratedRegex(@"\b(\p{Lu}{2,}):(?:s|en|n|ar|arna|et|er|erna|na|ens|ets)\b")]
    private static partial Regex AbbreviationSuffix();
}
