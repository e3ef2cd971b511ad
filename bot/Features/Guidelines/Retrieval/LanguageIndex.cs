using Lucene.Net.Index;
using Lucene.Net.Search;
using VastbusBot.Features.Guidelines.Retrieval.Analysis;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>
/// A document that holds a term: the weight of the best field it occurs in (for coverage), and the term's BM25
/// score summed over the document's fields with their boosts (for ranking).
/// </summary>
internal readonly record struct Posting(int Doc, double Weight, double Bm25);

/// <summary>One example phrasing (or title) of an entry: its index terms with their IDF, and their sum.</summary>
internal sealed record ExamplePhrasing(int Id, int Doc, IReadOnlyDictionary<string, double> TermIdfs, double IdfSum);

/// <summary>
/// Everything about one language's half of the index that a search needs: the vocabulary with its postings, field
/// weights and BM25 scores (read back from the Lucene index once, so a search is plain arithmetic), the example
/// phrasings, the compound dictionary and the synonym groups.
/// </summary>
internal sealed class LanguageIndex
{
    // BM25's usual parameters: term-frequency saturation and length normalisation.
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, Posting[]> _postings;
    private readonly string[] _vocabulary;
    private readonly Dictionary<char, string[]> _vocabularyByFirstLetter;
    private readonly Dictionary<string, List<ExamplePhrasing>> _examplesByTerm = new(StringComparer.Ordinal);

    private LanguageIndex(LanguageProfile profile, CompoundSplitter splitter, SynonymTable synonyms, Dictionary<string, Posting[]> postings, IReadOnlyList<(int Doc, HashSet<string> Terms)> examples, int documentCount)
    {
        _postings = postings;
        DocumentCount = documentCount;
        var phrasings = new List<ExamplePhrasing>(examples.Count);
        foreach (var (doc, terms) in examples)
        {
            var idfs = terms.ToDictionary(t => t, Idf, StringComparer.Ordinal);
            var example = new ExamplePhrasing(phrasings.Count, doc, idfs, idfs.Values.Sum());
            phrasings.Add(example);
            foreach (var term in terms)
            {
                if (!_examplesByTerm.TryGetValue(term, out var list))
                {
                    _examplesByTerm[term] = list = [];
                }

                list.Add(example);
            }
        }

        ExampleCount = phrasings.Count;
        Profile = profile;
        Splitter = splitter;
        Synonyms = synonyms;
        Surface = GuidelineAnalyzer.Surface(profile);
        _vocabulary = [.. postings.Keys.Order(StringComparer.Ordinal)];
        _vocabularyByFirstLetter = _vocabulary.GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public LanguageProfile Profile { get; }

    public GuidelineAnalyzer Surface { get; }

    public CompoundSplitter Splitter { get; }

    public SynonymTable Synonyms { get; }

    /// <summary>Index terms that name a place or group rather than a topic; they weigh like everyday words.</summary>
    public IReadOnlySet<string> ContextTerms { get; private init; } = new HashSet<string>();

    public int DocumentCount { get; }

    /// <summary>How many example phrasings (and titles) there are; their ids run from 0.</summary>
    public int ExampleCount { get; }

    /// <summary>The weight of a term nobody has written in the knowledge base: rarer than any known term.</summary>
    public double UnknownIdf => Idf(0);

    /// <summary>
    /// Reads the postings of this language's fields back from Lucene. <paramref name="examples"/> gives, per
    /// document, the example phrasings and title to compare whole questions with.
    /// </summary>
    public static LanguageIndex Read(IndexReader reader, LanguageProfile profile, CompoundSplitter splitter, SynonymTable synonyms, IReadOnlySet<string> contextTerms, Func<int, IEnumerable<string>> examples)
    {
        var count = reader.MaxDoc;
        var byTerm = new Dictionary<string, Dictionary<int, (double Weight, double Bm25)>>(StringComparer.Ordinal);
        foreach (var field in IndexedField.All)
        {
            var terms = MultiFields.GetTerms(reader, field.FieldName(profile.Prefix));
            if (terms is null)
            {
                continue;
            }

            // One pass for term frequencies and field lengths, then BM25 per (term, document) in this field.
            var frequencies = new List<(string Term, int DocumentFrequency, List<(int Doc, int Freq)> Docs)>();
            var lengths = new double[count];
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                var postings = new List<(int Doc, int Freq)>();
                docs = termsEnum.Docs(null, docs, DocsFlags.FREQS);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    postings.Add((doc, docs.Freq));
                    lengths[doc] += docs.Freq;
                }

                frequencies.Add((termsEnum.Term.Utf8ToString(), postings.Count, postings));
            }

            var averageLength = Math.Max(1, lengths.Where(l => l > 0).DefaultIfEmpty(1).Average());
            foreach (var (term, documentFrequency, postings) in frequencies)
            {
                if (!byTerm.TryGetValue(term, out var byDoc))
                {
                    byTerm[term] = byDoc = [];
                }

                var idf = Math.Log(1 + ((count - documentFrequency + 0.5) / (documentFrequency + 0.5)));
                foreach (var (doc, freq) in postings)
                {
                    var bm25 = field.Boost * idf * freq * (K1 + 1) / (freq + (K1 * (1 - B + (B * lengths[doc] / averageLength))));
                    var (weight, sum) = byDoc.GetValueOrDefault(doc);
                    byDoc[doc] = (Math.Max(weight, field.Weight), sum + bm25);
                }
            }
        }

        using var plain = GuidelineAnalyzer.Index(profile, null);
        var phrasings = Enumerable.Range(0, reader.MaxDoc)
            .SelectMany(doc => examples(doc).Select(text => (Doc: doc, Terms: plain.Tokens(text).ToHashSet(StringComparer.Ordinal))))
            .Where(e => e.Terms.Count > 0)
            .ToList();
        return new LanguageIndex(
            profile,
            splitter,
            synonyms,
            byTerm.ToDictionary(p => p.Key, p => p.Value.Select(d => new Posting(d.Key, d.Value.Weight, d.Value.Bm25)).ToArray(), StringComparer.Ordinal),
            phrasings,
            count)
        {
            ContextTerms = contextTerms,
        };
    }

    /// <summary>The example phrasings that contain <paramref name="term"/>.</summary>
    public IReadOnlyList<ExamplePhrasing> ExamplesWith(string term) => _examplesByTerm.GetValueOrDefault(term) ?? [];

    public bool Contains(string term) => _postings.ContainsKey(term);

    public IReadOnlyList<Posting> Postings(string term) => _postings.GetValueOrDefault(term) ?? [];

    /// <summary>BM25's inverse document frequency: high for rare terms, near zero for terms in every entry.</summary>
    public double Idf(int documentFrequency) =>
        Math.Log(1 + ((DocumentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    public double Idf(string term) => Idf(Postings(term).Count);

    /// <summary>Known terms within a small edit distance (typos): one edit up to 11 letters, two from 12.</summary>
    public IEnumerable<(string Term, int Distance)> Similar(string term)
    {
        if (term.Length < 5 || !char.IsLetter(term[0]))
        {
            yield break;
        }

        // Two edits on a shorter word mostly reach a different word ("arbetsskad" → "arbetssat").
        var maxEdits = term.Length <= 11 ? 1 : 2;
        // Typos rarely hit the first letter; requiring it keeps unrelated words apart.
        foreach (var candidate in _vocabularyByFirstLetter.GetValueOrDefault(term[0]) ?? [])
        {
            if (Math.Abs(candidate.Length - term.Length) > maxEdits)
            {
                continue;
            }

            var distance = EditDistance.Compute(term, candidate, maxEdits);
            if (distance > 0 && distance <= maxEdits)
            {
                yield return (candidate, distance);
            }
        }
    }

    /// <summary>Known terms that start with <paramref name="prefix"/> (abbreviated words: "hälsoundersökn.").</summary>
    public IEnumerable<string> WithPrefix(string prefix)
    {
        var start = Array.BinarySearch(_vocabulary, prefix, StringComparer.Ordinal);
        for (var i = start < 0 ? ~start : start + 1; i < _vocabulary.Length && _vocabulary[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return _vocabulary[i];
        }
    }
}
