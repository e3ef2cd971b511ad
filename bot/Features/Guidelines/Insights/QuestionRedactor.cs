using System.Text.RegularExpressions;

namespace VastbusBot.Features.Guidelines.Insights;

/// <summary>
/// Removes what could identify a person before a question is stored: long digit sequences (personal identity
/// numbers, phone numbers), e-mail addresses. Guideline questions never need those, so this errs on removing.
/// </summary>
public static partial class QuestionRedactor
{
    public const string Placeholder = "[borttaget]";

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutEmail = EmailPattern().Replace(text, Placeholder);
        return DigitRunPattern().Replace(withoutEmail, Placeholder);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Six or more digits, possibly split by spaces, dashes or plus signs (070-123 45 67, 19121212-1212, +46 70 ...).
    [GeneratedRegex(@"\+?\d(?:[\s\-+]?\d){5,}", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRunPattern();
}
