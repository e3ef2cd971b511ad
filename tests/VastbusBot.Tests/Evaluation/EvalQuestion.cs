using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.Tests.Evaluation;

/// <summary>One line of an evaluation file (../shared/eval/dev-questions.jsonl and our own held-out set).</summary>
public sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("must_mention_any")] IReadOnlyList<IReadOnlyList<string>>? MustMentionAny)
{
    public static IReadOnlyList<EvalQuestion> Load(string path) =>
        [.. File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonSerializer.Deserialize<EvalQuestion>(l)!)];

    /// <summary>Grades a reply as the issue defines it; returns null when right, otherwise why not.</summary>
    public string? Grade(string reply)
    {
        var fallback = IsFallback(reply);
        if (!Answerable)
        {
            return fallback ? null : "expected the fallback";
        }

        if (fallback)
        {
            return "got the fallback";
        }

        var missing = (MustMentionAny ?? [])
            .Where(group => !group.Any(s => reply.Contains(s, StringComparison.OrdinalIgnoreCase)))
            .Select(group => "[" + string.Join(" | ", group) + "]")
            .ToList();
        return missing.Count == 0 ? null : "missing " + string.Join(", ", missing);
    }

    public static bool IsFallback(string reply) =>
        reply.Contains("Det hittar jag inget svar på i riktlinjerna", StringComparison.Ordinal)
        || reply.Contains("I couldn't find an answer in the guidelines", StringComparison.Ordinal);
}
