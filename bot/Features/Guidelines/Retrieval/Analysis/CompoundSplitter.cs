namespace VastbusBot.Features.Guidelines.Retrieval.Analysis;

/// <summary>A compound word's known parts (as index terms) and how much of the word they cover (0–1).</summary>
internal sealed record CompoundSplit(IReadOnlyList<string> Parts, double Coverage);

/// <summary>
/// Splits Swedish compounds ("kostnadsfördelning", "placeringskommun", "elevhälsoteam") into words the knowledge
/// base itself uses. The dictionary is the knowledge base's own vocabulary, so it grows with the content and no
/// word list has to be maintained. Each word is known in the forms it takes inside a compound: as written, as its
/// stem, and as its stem with a linking -s, -e, -o, -a or -u ("placerings", "hälso", "familje").
/// </summary>
internal sealed class CompoundSplitter
{
    /// <summary>Shorter pieces than this make too many accidental splits ("ring" in "placering").</summary>
    public const int MinPieceLength = 4;

    private static readonly char[] LinkingLetters = ['s', 'e', 'o', 'a', 'u'];

    private readonly Dictionary<string, string> _forms;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _formsBySpan;
    private readonly int _maxFormLength;

    private CompoundSplitter(Dictionary<string, string> forms)
    {
        _forms = forms;
        _formsBySpan = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxFormLength = forms.Count == 0 ? 0 : forms.Keys.Max(k => k.Length);
    }

    public static CompoundSplitter Empty { get; } = new([]);

    /// <summary>Builds the dictionary from lower-cased words of the knowledge base.</summary>
    public static CompoundSplitter FromVocabulary(IEnumerable<string> lowerCaseWords, TermNormalizer normalizer)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in lowerCaseWords)
        {
            if (word.Length < 3 || !word.All(char.IsLetter))
            {
                continue;
            }

            var term = normalizer.Normalize(word);
            foreach (var form in new[] { TermNormalizer.Fold(word), term }.Where(f => f.Length >= MinPieceLength - 1))
            {
                Add(forms, form, term);
                foreach (var link in LinkingLetters)
                {
                    Add(forms, form + link, term);
                }
            }
        }

        return new CompoundSplitter(forms);
    }

    /// <summary>
    /// Splits a lower-case word, tried as written (folded: "vastbusmote") and as its index term (stemmed, so the
    /// head's inflection is gone: "placeringskommun" for "placeringskommunen").
    /// </summary>
    public CompoundSplit? Split(string word, string term, bool allowUnknown, double minCoverage = 1.0) =>
        Split(TermNormalizer.Fold(word), allowUnknown, minCoverage) ?? (term.Length < word.Length ? Split(term, allowUnknown, minCoverage) : null);

    /// <summary>
    /// Splits a folded word into at least two known pieces. With <paramref name="allowUnknown"/> the start may stay
    /// unexplained ("familjehemsplacering" when only "placering" is known), but the head – the last part, which
    /// says what the compound is – must be known, and the known parts must cover <paramref name="minCoverage"/> of
    /// the word. Returns null when there is no such split.
    /// </summary>
    public CompoundSplit? Split(string word, bool allowUnknown, double minCoverage = 1.0)
    {
        var n = word.Length;
        if (n < 2 * MinPieceLength - 1 || _forms.Count == 0)
        {
            return null;
        }

        // best[i]: the best split of word[0..i): most letters covered, then fewest pieces.
        var covered = new int[n + 1];
        var pieces = new int[n + 1];
        var from = new int[n + 1];
        var term = new string?[n + 1];
        for (var i = 1; i <= n; i++)
        {
            covered[i] = -1;
        }

        for (var i = 1; i <= n; i++)
        {
            if (allowUnknown && covered[i - 1] >= 0)
            {
                Consider(i, i - 1, covered[i - 1], pieces[i - 1], null);
            }

            for (var j = Math.Max(0, i - _maxFormLength); j <= i - MinPieceLength; j++)
            {
                if (covered[j] < 0 || (j == 0 && i == n))
                {
                    continue;
                }

                if (_formsBySpan.TryGetValue(word.AsSpan(j, i - j), out var known))
                {
                    Consider(i, j, covered[j] + (i - j), pieces[j] + 1, known);
                }
            }
        }

        if (covered[n] < 0 || pieces[n] < (allowUnknown ? 1 : 2) || term[n] is null)
        {
            return null;
        }

        var coverage = covered[n] / (double)n;
        if (coverage < minCoverage)
        {
            return null;
        }

        var parts = new List<string>();
        for (var i = n; i > 0; i = from[i])
        {
            if (term[i] is { } part)
            {
                parts.Add(part);
            }
        }

        parts.Reverse();
        return new CompoundSplit(parts, coverage);

        void Consider(int i, int j, int coveredLetters, int pieceCount, string? known)
        {
            if (coveredLetters > covered[i] || (coveredLetters == covered[i] && pieceCount < pieces[i]))
            {
                covered[i] = coveredLetters;
                pieces[i] = pieceCount;
                from[i] = j;
                term[i] = known;
            }
        }
    }

    private static void Add(Dictionary<string, string> forms, string form, string term)
    {
        if (form.Length >= MinPieceLength)
        {
            forms.TryAdd(form, term);
        }
    }
}
