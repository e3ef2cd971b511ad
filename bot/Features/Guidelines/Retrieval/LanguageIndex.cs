using Lucene.Net.Index;
using Lucene.Net.Search;
using VastbusBot.Features.Guidelines.Retrieval.Analysis;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>A document that holds a term, and the weight of the best field it occurs in.</summary>
internal readonly record struct Posting(int Doc, double Weight);

/// <summary>One example phrasing (or title) of an entry, as index terms.</summary>
internal sealed record ExamplePhrasing(int Doc, IReadOnlySet<string> Terms);

/// <summary>
/// Everything about one language's half of the index that query analysis needs: the vocabulary with its
/// postings (read back from Lucene), compound dictionary and synonym groups.
/// </summary>
internal sealed class LanguageIndex
{
    private readonly Dictionary<string, Posting[]> _postings;
    private readonly string[] _vocabulary;
    private readonly Dictionary<string, List<ExamplePhrasing>> _examplesByTerm;

    private LanguageIndex(LanguageProfile profile, CompoundSplitter splitter, SynonymTable synonyms, Dictionary<string, Posting[]> postings, IReadOnlyList<ExamplePhrasing> examples, int documentCount)
    {
        _examplesByTerm = [];
        foreach (var example in examples)
        {
            foreach (var term in example.Terms)
            {
                if (!_examplesByTerm.TryGetValue(term, out var list))
                {
                    _examplesByTerm[term] = list = [];
                }

                list.Add(example);
            }
        }

        Profile = profile;
        Splitter = splitter;
        Synonyms = synonyms;
        Surface = GuidelineAnalyzer.Surface(profile);
        _postings = postings;
        _vocabulary = [.. postings.Keys.Order(StringComparer.Ordinal)];
        DocumentCount = documentCount;
    }

    public LanguageProfile Profile { get; }

    public GuidelineAnalyzer Surface { get; }

    public CompoundSplitter Splitter { get; }

    public SynonymTable Synonyms { get; }

    public int DocumentCount { get; }

    /// <summary>The weight of a term nobody has written in the knowledge base: rarer than any known term.</summary>
    public double UnknownIdf => Idf(0);

    /// <summary>
    /// Reads the postings of this language's fields back from Lucene. <paramref name="examples"/> gives, per
    /// document, the example phrasings and title to compare whole questions with.
    /// </summary>
    public static LanguageIndex Read(IndexReader reader, LanguageProfile profile, CompoundSplitter splitter, SynonymTable synonyms, Func<int, IEnumerable<string>> examples)
    {
        var postings = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        foreach (var field in IndexedField.All)
        {
            var terms = MultiFields.GetTerms(reader, field.FieldName(profile.Prefix));
            if (terms is null)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                if (!postings.TryGetValue(term, out var byDoc))
                {
                    postings[term] = byDoc = [];
                }

                docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    byDoc[doc] = Math.Max(byDoc.GetValueOrDefault(doc), field.Weight);
                }
            }
        }

        var plain = GuidelineAnalyzer.Index(profile, null);
        var phrasings = Enumerable.Range(0, reader.MaxDoc)
            .SelectMany(doc => examples(doc).Select(text => new ExamplePhrasing(doc, plain.Tokens(text).ToHashSet(StringComparer.Ordinal))))
            .Where(e => e.Terms.Count > 0)
            .ToList();
        return new LanguageIndex(
            profile,
            splitter,
            synonyms,
            postings.ToDictionary(p => p.Key, p => p.Value.Select(d => new Posting(d.Key, d.Value)).ToArray(), StringComparer.Ordinal),
            phrasings,
            reader.NumDocs);
    }

    /// <summary>The example phrasings that contain <paramref name="term"/>.</summary>
    public IReadOnlyList<ExamplePhrasing> ExamplesWith(string term) => _examplesByTerm.GetValueOrDefault(term) ?? [];

    public bool Contains(string term) => _postings.ContainsKey(term);

    public IReadOnlyList<Posting> Postings(string term) => _postings.GetValueOrDefault(term) ?? [];

    /// <summary>BM25's inverse document frequency: high for rare terms, near zero for terms in every entry.</summary>
    public double Idf(int documentFrequency) =>
        Math.Log(1 + ((DocumentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    public double Idf(string term) => Idf(Postings(term).Count);

    /// <summary>Known terms within a small edit distance (typos): one edit up to 9 letters, two from 10.</summary>
    public IEnumerable<(string Term, int Distance)> Similar(string term)
    {
        if (term.Length < 5 || !char.IsLetter(term[0]))
        {
            yield break;
        }

        // Two edits on a shorter word mostly reach a different word ("arbetsskad" → "arbetssat").
        var maxEdits = term.Length <= 9 ? 1 : 2;
        foreach (var candidate in _vocabulary)
        {
            // Typos rarely hit the first letter; requiring it keeps unrelated words apart.
            if (candidate[0] != term[0] || Math.Abs(candidate.Length - term.Length) > maxEdits)
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
