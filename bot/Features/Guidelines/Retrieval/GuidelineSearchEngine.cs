using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;
using VastbusBot.Features.Guidelines.Retrieval.Analysis;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>
/// The search over one loaded knowledge base. Immutable once built, so any number of threads may search it.
/// <para>
/// Ranking: every entry gets a coverage score – the IDF-weighted share of the question's concepts it contains,
/// where a word the knowledge base never uses weighs like the rarest word. Lucene's BM25 (with field boosts)
/// breaks ties. Confidence is the coverage, so a question that is mostly about something else ("hemtjänst för
/// äldre i Borås") stays below the threshold even though one of its words matches an entry.
/// </para>
/// </summary>
internal sealed class GuidelineSearchEngine : IGuidelineSearch, IDisposable
{
    private const string OrdinalField = "ordinal";

    // A number nobody wrote ("45" in "45-åring") or a one- or two-letter fragment says less about the topic than
    // an unknown word.
    private const double UnknownFragmentFactor = 0.4;

    // A concept counts as present in an entry for its document frequency when at least this much of it matches.
    private const double PresentMatch = 0.5;

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly KnowledgeEntry[] _entryOfDoc;
    private readonly IReadOnlyList<LanguageIndex> _languages;
    private readonly SearchSettings _settings;

    private GuidelineSearchEngine(RAMDirectory directory, DirectoryReader reader, KnowledgeEntry[] entryOfDoc, IReadOnlyList<LanguageIndex> languages, SearchSettings settings)
    {
        _directory = directory;
        _reader = reader;
        _searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        _entryOfDoc = entryOfDoc;
        _languages = languages;
        _settings = settings;
    }

    public static GuidelineSearchEngine Build(KnowledgeBase knowledgeBase, SearchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var swedish = LanguageProfile.Swedish;
        var swedishSurface = GuidelineAnalyzer.Surface(swedish);
        var swedishWords = knowledgeBase.Entries
            .SelectMany(e => IndexedField.All.SelectMany(f => f.Texts(e, UiLanguage.Swedish)))
            .Concat(knowledgeBase.Synonyms.SelectMany(g => g))
            .SelectMany(swedishSurface.Tokens)
            .ToHashSet(StringComparer.Ordinal);
        var splitters = new Dictionary<UiLanguage, CompoundSplitter>
        {
            [UiLanguage.Swedish] = CompoundSplitter.FromVocabulary(swedishWords, swedish.Normalizer),
            [UiLanguage.English] = CompoundSplitter.Empty,
        };

        var fieldAnalyzers = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var profile in LanguageProfile.All)
        {
            var analyzer = GuidelineAnalyzer.Index(profile, splitters[profile.Language]);
            foreach (var field in IndexedField.All)
            {
                fieldAnalyzers[field.FieldName(profile.Prefix)] = analyzer;
            }
        }

        var directory = new RAMDirectory();
        try
        {
            using (var perField = new PerFieldAnalyzerWrapper(GuidelineAnalyzer.Index(swedish, null), fieldAnalyzers))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LanguageProfile.Version, perField) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE }))
            {
                for (var ordinal = 0; ordinal < knowledgeBase.Entries.Count; ordinal++)
                {
                    writer.AddDocument(ToDocument(knowledgeBase.Entries[ordinal], ordinal));
                }

                writer.Commit();
            }

            var reader = DirectoryReader.Open(directory);
            var entryOfDoc = new KnowledgeEntry[reader.MaxDoc];
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var ordinal = reader.Document(doc).GetField(OrdinalField).GetInt32Value()!.Value;
                entryOfDoc[doc] = knowledgeBase.Entries[ordinal];
            }

            var languages = LanguageProfile.All
                .Select(p => LanguageIndex.Read(
                    reader,
                    p,
                    splitters[p.Language],
                    SynonymTable.Build(knowledgeBase.Synonyms, GuidelineAnalyzer.Surface(p), p.Normalizer),
                    doc => (entryOfDoc[doc].Questions.GetValueOrDefault(p.Language) ?? []).Append(entryOfDoc[doc].Title[p.Language])))
                .ToList();
            return new GuidelineSearchEngine(directory, reader, entryOfDoc, languages, settings);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public GuidelineSearchResult Search(string question, UiLanguage language)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return GuidelineSearchResult.Nothing;
        }

        var primary = LanguageDetector.DetectText(question) ?? language;
        var count = _entryOfDoc.Length;
        var confidence = new double[count];
        var rank = new double[count];
        foreach (var index in _languages)
        {
            var concepts = QueryConcepts.Analyze(question, index);
            if (concepts.Count == 0)
            {
                continue;
            }

            var weight = index.Profile.Language == primary ? 1.0 : _settings.OtherLanguageWeight;
            var scored = Score(concepts, index);
            var coverage = Coverage(scored);
            var phrasing = PhrasingSimilarity(scored, index);
            var bm25 = Bm25(concepts, index);
            for (var doc = 0; doc < count; doc++)
            {
                var score = weight * (coverage[doc] + (_settings.PhrasingWeight * phrasing[doc]) + (_settings.RankingWeight * bm25[doc]));
                if (score > rank[doc])
                {
                    rank[doc] = score;
                    confidence[doc] = Math.Min(1.0, weight * coverage[doc]);
                }
            }
        }

        var ordered = Enumerable.Range(0, count).Where(d => rank[d] > 0).OrderByDescending(d => rank[d]).ToList();
        if (ordered.Count == 0)
        {
            return GuidelineSearchResult.Nothing;
        }

        var top = ordered[0];
        var candidates = ordered.Take(_settings.MaxCandidates).Select(d => new SearchCandidate(_entryOfDoc[d], confidence[d])).ToList();
        if (confidence[top] < _settings.AnswerThreshold)
        {
            return new GuidelineSearchResult(SearchOutcome.NotFound, candidates);
        }

        var ties = ordered.Skip(1).TakeWhile(d => rank[top] - rank[d] <= _settings.AmbiguityGap).Where(d => confidence[d] >= _settings.AnswerThreshold).ToList();
        return ties.Count == 0
            ? new GuidelineSearchResult(SearchOutcome.Answer, candidates)
            : new GuidelineSearchResult(SearchOutcome.Ambiguous, [.. ties.Prepend(top).Select(d => new SearchCandidate(_entryOfDoc[d], confidence[d]))]);
    }

    /// <summary>How a question was read in each language: its concepts and their alternatives (for diagnostics).</summary>
    internal string Explain(string question)
    {
        var lines = new List<string>();
        foreach (var index in _languages)
        {
            foreach (var concept in QueryConcepts.Analyze(question, index))
            {
                var alternatives = concept.Alternatives.Select(a => $"{string.Join('+', a.Terms)}({a.Credit:F2}, idf {string.Join('/', a.Terms.Select(t => index.Contains(t) ? index.Idf(t).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "?"))})");
                lines.Add($"{index.Profile.Prefix} '{concept.Text}': {string.Join(" | ", alternatives)}");
            }
        }

        return string.Join(Environment.NewLine, lines);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>Weighs each concept and finds, per document, how well the document contains it.</summary>
    private List<ScoredConcept> Score(IReadOnlyList<Concept> concepts, LanguageIndex index)
    {
        var count = _entryOfDoc.Length;
        var scored = new List<ScoredConcept>(concepts.Count);
        var altScore = new double[count];
        foreach (var concept in concepts)
        {
            var match = new double[count];
            var credit = 0.0;
            var alternatives = new List<(IReadOnlyList<string> Terms, double[] Idfs, double Credit)>();
            foreach (var alternative in concept.Alternatives)
            {
                var idfs = alternative.Terms.Select(t => index.Contains(t) ? index.Idf(t) : index.UnknownIdf).ToArray();
                if (!alternative.Terms.Any(index.Contains))
                {
                    continue;
                }

                alternatives.Add((alternative.Terms, idfs, alternative.Credit));
                credit = Math.Max(credit, alternative.Credit);
                var idfSum = idfs.Sum();
                Array.Clear(altScore);
                for (var i = 0; i < alternative.Terms.Count; i++)
                {
                    foreach (var posting in index.Postings(alternative.Terms[i]))
                    {
                        altScore[posting.Doc] += idfs[i] / idfSum * posting.Weight;
                    }
                }

                for (var doc = 0; doc < count; doc++)
                {
                    match[doc] = Math.Max(match[doc], alternative.Credit * altScore[doc]);
                }
            }

            var unknownWeight = index.UnknownIdf * (concept.IsFragment ? UnknownFragmentFactor : 1.0);
            if (credit == 0)
            {
                scored.Add(new ScoredConcept(unknownWeight, 0, match, []));
                continue;
            }

            var idf = index.Idf(Math.Max(1, match.Count(m => m >= PresentMatch)));
            scored.Add(new ScoredConcept((credit * idf) + ((1 - credit) * unknownWeight), idf, match, alternatives));
        }

        return scored;
    }

    /// <summary>Per document: the IDF-weighted share of the question's concepts it contains (0–1).</summary>
    private double[] Coverage(List<ScoredConcept> concepts)
    {
        var coverage = new double[_entryOfDoc.Length];
        var total = concepts.Sum(c => c.Weight);
        if (total <= 0)
        {
            return coverage;
        }

        foreach (var concept in concepts)
        {
            for (var doc = 0; doc < coverage.Length; doc++)
            {
                coverage[doc] += concept.Match[doc] * concept.Idf / total;
            }
        }

        return coverage;
    }

    /// <summary>
    /// Per document: how close the question is to its closest example phrasing or title, counting both what the
    /// question has that the phrasing lacks and what the phrasing has that the question lacks (0–1). This tells
    /// apart entries that contain the same words: "vem får kalla till Västbusmöte" is a different question from
    /// "måste man komma när man kallas till Västbusmöte".
    /// </summary>
    private double[] PhrasingSimilarity(List<ScoredConcept> concepts, LanguageIndex index)
    {
        var best = new double[_entryOfDoc.Length];
        var total = concepts.Sum(c => c.Weight);
        var examples = concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Terms).Distinct().SelectMany(index.ExamplesWith).Distinct();
        foreach (var example in examples)
        {
            var matched = 0.0;
            var covered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var concept in concepts)
            {
                var bestShare = 0.0;
                foreach (var (terms, idfs, credit) in concept.Alternatives)
                {
                    var share = 0.0;
                    for (var i = 0; i < terms.Count; i++)
                    {
                        if (example.Terms.Contains(terms[i]))
                        {
                            share += idfs[i];
                            covered.Add(terms[i]);
                        }
                    }

                    bestShare = Math.Max(bestShare, credit * share / idfs.Sum());
                }

                matched += bestShare * concept.Idf;
            }

            var extra = example.Terms.Where(t => !covered.Contains(t)).Sum(index.Idf);
            var similarity = matched / (total + extra);
            best[example.Doc] = Math.Max(best[example.Doc], similarity);
        }

        return best;
    }

    /// <summary>Per document: Lucene's BM25 score over the boosted fields, relative to the best document (0–1).</summary>
    private double[] Bm25(IReadOnlyList<Concept> concepts, LanguageIndex index)
    {
        var query = new BooleanQuery();
        foreach (var concept in concepts.Where(c => c.Alternatives.Count > 0))
        {
            var either = new DisjunctionMaxQuery(0.1f);
            foreach (var alternative in concept.Alternatives)
            {
                var all = new BooleanQuery();
                foreach (var term in alternative.Terms)
                {
                    foreach (var field in IndexedField.All)
                    {
                        all.Add(new TermQuery(new Term(field.FieldName(index.Profile.Prefix), term)) { Boost = field.Boost * (float)alternative.Credit / alternative.Terms.Count }, Occur.SHOULD);
                    }
                }

                either.Add(all);
            }

            query.Add(either, Occur.SHOULD);
        }

        var scores = new double[_entryOfDoc.Length];
        if (query.Clauses.Count == 0)
        {
            return scores;
        }

        var hits = _searcher.Search(query, _entryOfDoc.Length).ScoreDocs;
        var best = hits.Length == 0 ? 0 : hits.Max(h => h.Score);
        foreach (var hit in hits)
        {
            scores[hit.Doc] = best > 0 ? hit.Score / best : 0;
        }

        return scores;
    }

    /// <summary>
    /// A question concept weighed for this search: its weight in the question (IDF, or an unknown word's weight for
    /// what cannot be matched), the IDF it contributes when matched, and per document how well it matches (0–1).
    /// </summary>
    private sealed record ScoredConcept(double Weight, double Idf, double[] Match, IReadOnlyList<(IReadOnlyList<string> Terms, double[] Idfs, double Credit)> Alternatives);

    private static Document ToDocument(KnowledgeEntry entry, int ordinal)
    {
        var document = new Document { new StoredField(OrdinalField, ordinal) };
        foreach (var profile in LanguageProfile.All)
        {
            foreach (var field in IndexedField.All)
            {
                foreach (var text in field.Texts(entry, profile.Language))
                {
                    document.Add(new TextField(field.FieldName(profile.Prefix), text, Field.Store.NO));
                }
            }
        }

        return document;
    }
}
