using VastbusBot.Features.Guidelines.Retrieval.Analysis;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>
/// The synonym groups of <c>_synonyms.yaml</c> in one language's terms. A question's words are matched against
/// the phrases (longest first); a match stands for all phrases of its group.
/// </summary>
internal sealed class SynonymTable
{
    private readonly Dictionary<string, List<(string[] Terms, int Group)>> _phrasesByFirstTerm;
    private readonly List<string[][]> _groups;

    private SynonymTable(Dictionary<string, List<(string[] Terms, int Group)>> phrasesByFirstTerm, List<string[][]> groups)
    {
        _phrasesByFirstTerm = phrasesByFirstTerm;
        _groups = groups;
    }

    public static SynonymTable Build(IReadOnlyList<IReadOnlyList<string>> groups, GuidelineAnalyzer surface, TermNormalizer normalizer)
    {
        var byFirst = new Dictionary<string, List<(string[] Terms, int Group)>>(StringComparer.Ordinal);
        var table = new List<string[][]>();
        foreach (var group in groups)
        {
            var analysed = group
                .Select(phrase => (Words: phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), Tokens: surface.Tokens(phrase)))
                .Where(p => p.Tokens.Count > 0)
                .Select(p => (Terms: p.Tokens.Select(normalizer.Normalize).ToArray(), Trigger: IsTrigger(p.Words, p.Tokens)))
                .DistinctBy(p => string.Join(' ', p.Terms))
                .ToArray();
            var phrases = analysed.Select(p => p.Terms).ToArray();
            if (phrases.Length < 2)
            {
                continue;
            }

            foreach (var phrase in analysed.Where(p => p.Trigger).Select(p => p.Terms))
            {
                if (!byFirst.TryGetValue(phrase[0], out var list))
                {
                    byFirst[phrase[0]] = list = [];
                }

                list.Add((phrase, table.Count));
            }

            table.Add(phrases);
        }

        foreach (var list in byFirst.Values)
        {
            list.Sort((a, b) => b.Terms.Length.CompareTo(a.Terms.Length));
        }

        return new SynonymTable(byFirst, table);
    }

    /// <summary>
    /// Whether a phrase, as this language reads it, is still specific enough to stand for its group in a question: a
    /// single word, a phrase whose remaining words are none of them tiny ("ingår i" is "ingår"), or one that keeps two
    /// words or more ("sagt ok"). "be om" (Swedish "ask for") is only "om" to the English analyser, which would turn
    /// every "om" into a request.
    /// </summary>
    private static bool IsTrigger(string[] words, IReadOnlyList<string> tokens) =>
        words.Length == 1 || tokens.All(t => t.Length >= 3) || (tokens.Count >= 2 && tokens.Any(t => t.Length >= 3));

    /// <summary>The longest phrase starting at <paramref name="start"/>, and all phrases of its group.</summary>
    public (int Length, string[][] Phrases)? LongestMatch(IReadOnlyList<string> terms, int start)
    {
        if (!_phrasesByFirstTerm.TryGetValue(terms[start], out var candidates))
        {
            return null;
        }

        foreach (var (phrase, group) in candidates)
        {
            if (start + phrase.Length > terms.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < phrase.Length && matches; k++)
            {
                matches = terms[start + k] == phrase[k];
            }

            if (matches)
            {
                return (phrase.Length, _groups[group]);
            }
        }

        return null;
    }
}
