using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;
using VastbusBot.Features.Guidelines.Retrieval;

namespace VastbusBot.Tests.Guidelines;

/// <summary>One line of an evaluation file (dev-questions.jsonl and the held-out sets share the format).</summary>
internal sealed record EvaluationQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("must_mention_any")] IReadOnlyList<IReadOnlyList<string>> MustMentionAny)
{
    public UiLanguage Language => Lang == "en" ? UiLanguage.English : UiLanguage.Swedish;

    public static IReadOnlyList<EvaluationQuestion> Read(string path) =>
        [.. File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonSerializer.Deserialize<EvaluationQuestion>(l)!)];
}

/// <summary>
/// Grades a search result the way the issue grades the bot's reply: an answerable question is right when the
/// answer shown (title, short answer, details, responsible parties and roles, legal basis and document, in the
/// question's language) holds one string of every <c>must_mention_any</c> group and the search did not give up;
/// an out-of-scope question is right when nothing was found.
/// </summary>
internal static partial class AnswerGrader
{
    public static (bool Right, string Why) Grade(EvaluationQuestion question, GuidelineSearchResult result)
    {
        if (!question.Answerable)
        {
            return result.Outcome == SearchOutcome.NotFound ? (true, "fallback") : (false, "answered an out-of-scope question");
        }

        if (result.Outcome == SearchOutcome.NotFound)
        {
            return (false, "not found");
        }

        var text = AnswerText(result.Candidates[0].Entry, question.Language);
        var missing = question.MustMentionAny.Where(group => !group.Any(s => Mentions(text, s))).ToList();
        return missing.Count == 0 ? (true, "answered") : (false, "missing " + string.Join(" + ", missing.Select(g => "[" + string.Join("|", g) + "]")));
    }

    public static string AnswerText(KnowledgeEntry entry, UiLanguage language) =>
        string.Join(
            "\n",
            new[] { entry.Title[language], entry.Answer[language], entry.Details?[language] ?? string.Empty, entry.Document[language] }
                .Concat(entry.Responsible.SelectMany(r => new[] { r.Party.Name[language], r.Role[language] }))
                .Concat(entry.LegalBasis.Select(l => l.Reference + " " + (l.Note?[language] ?? string.Empty))));

    /// <summary>Case-insensitive; short strings (three characters or fewer, e.g. "20", "nej", "BUP") as whole words.</summary>
    public static bool Mentions(string text, string expected) =>
        expected.Length <= 3
            ? Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(expected) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            : text.Contains(expected, StringComparison.OrdinalIgnoreCase);
}
