using VastbusBot.Features.Guidelines.Retrieval.Analysis;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>One way a concept can appear in an entry: all of <see cref="Terms"/>, trusted to <see cref="Credit"/> (0–1).</summary>
internal sealed record Alternative(IReadOnlyList<string> Terms, double Credit);

/// <summary>
/// One thing the user asked about: a word, a synonym phrase, or a compound, with the ways it can appear in the
/// knowledge base. A concept without alternatives is a word the knowledge base never uses.
/// </summary>
internal sealed record Concept(string Text, IReadOnlyList<Alternative> Alternatives, bool IsCommon = false)
{
    /// <summary>A number or a one- or two-letter token: weak evidence either way when unknown.</summary>
    public bool IsFragment => Text.Length <= 2 || Text.All(char.IsDigit);
}

/// <summary>Reads a question into concepts for one language: synonyms, compounds, abbreviations and typos.</summary>
internal static class QueryConcepts
{
    /// <summary>Questions are short; the rest of a pasted wall of text adds noise and time, not signal.</summary>
    public const int MaxWords = 40;

    private const double CompoundPartsCredit = 0.9;
    private const double PrefixCredit = 0.8;
    private const double OneTypoCredit = 0.8;
    private const double TwoTyposCredit = 0.65;
    private const double MinUnknownCompoundCoverage = 0.5;

    public static IReadOnlyList<Concept> Analyze(string question, LanguageIndex index)
    {
        var words = index.Surface.Tokens(question).Take(MaxWords).ToList();
        var terms = words.Select(index.Profile.Normalizer.Normalize).ToList();
        var concepts = new List<Concept>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            if (index.Synonyms.LongestMatch(terms, i) is { } synonym)
            {
                concepts.Add(new Concept(
                    string.Join(' ', words.Skip(i).Take(synonym.Length)),
                    [.. synonym.Phrases.Select(p => new Alternative(p, 1.0))]));
                i += synonym.Length;
                continue;
            }

            concepts.Add(new Concept(words[i], Alternatives(words[i], terms[i], index), index.Profile.CommonTerms.Contains(terms[i]) || index.ContextTerms.Contains(terms[i]) || IsAge(words, i)));
            i++;
        }

        return concepts;
    }

    /// <summary>
    /// A number that gives someone's age ("16" in "a 16 year old", "16-åring", "16 y/o") weighs like an everyday word:
    /// the age word carries the topic, and the knowledge base's own small numbers are mostly section numbers ("HSL
    /// 16 kap."), which such an age would otherwise match. Other numbers ("fyller 21", "3 veckor") stay topic words.
    /// </summary>
    private static bool IsAge(IReadOnlyList<string> words, int i)
    {
        if (i + 1 >= words.Count || words[i].Length > 3 || !words[i].All(char.IsAsciiDigit))
        {
            return false;
        }

        // The analyser has lower-cased the words already.
        var next = words[i + 1];
        var after = i + 2 < words.Count ? words[i + 2] : string.Empty;
        return next.StartsWith("åring", StringComparison.Ordinal) || next.StartsWith("aring", StringComparison.Ordinal) || next == "yo"
            || (next is "year" or "years" or "yr" && after == "old") || (next == "y" && after == "o") || (next == "år" && after.StartsWith("gammal", StringComparison.Ordinal));
    }

    private static List<Alternative> Alternatives(string word, string term, LanguageIndex index)
    {
        var alternatives = new List<Alternative>();
        if (index.Contains(term))
        {
            alternatives.Add(new Alternative([term], 1.0));

            // A compound the knowledge base also uses in parts ("kostnadsfördelning" / "fördelning av kostnader").
            if (index.Splitter.Split(word, term, allowUnknown: false) is { } known && known.Parts.All(p => p.Length >= CompoundSplitter.MinPieceLength))
            {
                alternatives.Add(new Alternative(known.Parts, CompoundPartsCredit));
            }

            return alternatives;
        }

        if (index.Splitter.Split(word, term, allowUnknown: true, MinUnknownCompoundCoverage) is { } split)
        {
            alternatives.Add(new Alternative(split.Parts, CompoundPartsCredit * split.Coverage));
        }

        if (term.Length >= 5)
        {
            // An abbreviated word: the most widely used completion is the likely one.
            var completion = index.WithPrefix(term).MaxBy(t => index.Postings(t).Count);
            if (completion is not null)
            {
                alternatives.Add(new Alternative([completion], PrefixCredit));
            }
        }

        var typos = index.Similar(term).ToList();
        if (typos.Count > 0)
        {
            var nearest = typos.Min(t => t.Distance);
            foreach (var (candidate, _) in typos.Where(t => t.Distance == nearest).OrderByDescending(t => index.Postings(t.Term).Count).Take(2))
            {
                alternatives.Add(new Alternative([candidate], nearest == 1 ? OneTypoCredit : TwoTyposCredit));
            }
        }

        return alternatives;
    }
}
