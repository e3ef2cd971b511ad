using System.Globalization;
using System.Text;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Conversation;

/// <summary>A command found in the user's text, the language its trigger was written in, and the rest of the text.</summary>
public sealed record CommandMatch(ITextCommand Command, UiLanguage Language, string Argument);

/// <summary>
/// Finds the command a text starts with. Matching ignores case, surrounding punctuation and Swedish diacritics
/// (people type "hjalp" on an English keyboard); the longest trigger wins ("visa möten" before "visa").
/// </summary>
public sealed class CommandRouter
{
    private readonly List<(string Trigger, ITextCommand Command, UiLanguage Language)> _triggers;

    public CommandRouter(IEnumerable<ITextCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        _triggers = [];
        foreach (var command in commands)
        {
            foreach (var (language, words) in command.Triggers)
            {
                foreach (var word in words)
                {
                    _triggers.Add((Normalize(word), command, language));
                }
            }
        }

        _triggers.Sort((a, b) => b.Trigger.Length.CompareTo(a.Trigger.Length));
    }

    public CommandMatch? Match(string text)
    {
        var normalized = Normalize(text);
        foreach (var (trigger, command, language) in _triggers)
        {
            if (normalized.StartsWith(trigger, StringComparison.Ordinal)
                && (normalized.Length == trigger.Length || normalized[trigger.Length] == ' '))
            {
                return new CommandMatch(command, language, RawArgument(text, trigger));
            }
        }

        return null;
    }

    /// <summary>The user's own words after the trigger, with their case and letters kept.</summary>
    private static string RawArgument(string text, string trigger)
    {
        var triggerWords = trigger.Split(' ').Length;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(triggerWords)).Trim();
    }

    /// <summary>Lowercase, diacritics folded (å→a, ä→a, ö→o, é→e), punctuation at the ends dropped, spaces collapsed.</summary>
    internal static string Normalize(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            sb.Append(c);
        }

        return sb.ToString().Trim().Trim('.', '!', '?', ',', ':', ';', '/', '"', '\'').Trim();
    }
}
