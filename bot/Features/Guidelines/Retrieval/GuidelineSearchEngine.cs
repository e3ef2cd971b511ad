using System.Buffers;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;
using VastbusBot.Features.Guidelines.Retrieval.Analysis;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>
/// The search over one loaded knowledge base. Immutable once built, so any number of threads may search it.
/// <para>
/// The knowledge base is analysed and indexed with Lucene.Net; the postings, term frequencies and field lengths are
/// then read back once into <see cref="LanguageIndex"/>, so that a search is arithmetic over small arrays and stays
/// well inside the answer path's time budget.
/// </para>
/// <para>
/// Confidence: every entry gets a coverage score – the IDF-weighted share of the question's concepts it contains,
/// where a word the knowledge base never uses weighs like the rarest word. So a question that is mostly about
/// something else ("hemtjänst för äldre i Borås") stays below the threshold even though one of its words matches an
/// entry. Ranking adds the similarity to the entry's closest example phrasing and BM25 over the boosted fields,
/// which order entries that explain the question equally well.
/// </para>
/// </summary>
internal sealed partial class GuidelineSearchEngine : IGuidelineSearch
{
    private const string OrdinalField = "ordinal";

    // Searches read term frequencies and compute field lengths from them; positions and norms are not needed.
    private static readonly FieldType TextFieldType = CreateTextFieldType();

    // A number nobody wrote ("45" in "45-åring") or a one- or two-letter fragment says less about the topic than
    // an unknown word.
    private const double UnknownFragmentFactor = 0.4;

    // A concept counts as present in an entry for its document frequency when at least this much of it matches.
    private const double PresentMatch = 0.5;

    private readonly KnowledgeEntry[] _entryOfDoc;

    // Per document: the outside topic it stands for, or null for a guideline entry.
    private readonly OutsideTopic?[] _outsideOfDoc;
    private readonly IReadOnlyList<LanguageIndex> _languages;
    private readonly OutsideCues _cues;
    private readonly SearchSettings _settings;

    private GuidelineSearchEngine(KnowledgeEntry[] entryOfDoc, OutsideTopic?[] outsideOfDoc, IReadOnlyList<LanguageIndex> languages, OutsideCues cues, SearchSettings settings)
    {
        _entryOfDoc = entryOfDoc;
        _outsideOfDoc = outsideOfDoc;
        _languages = languages;
        _cues = cues;
        _settings = settings;
    }

    /// <exception cref="KnowledgeBaseException">An outside topic's cue is unusable or would decline an entry's own phrasing.</exception>
    public static GuidelineSearchEngine Build(KnowledgeBase knowledgeBase, SearchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var errors = new List<string>();
        var cues = OutsideCues.Build(knowledgeBase.OutsideTopics, knowledgeBase.Entries, knowledgeBase.ContextWords, errors);
        if (errors.Count > 0)
        {
            throw new KnowledgeBaseException(errors);
        }

        // Outside topics are indexed like entries, after them, so that they compete with them for a question.
        var documents = knowledgeBase.Entries.Concat(knowledgeBase.OutsideTopics.Select(AsIndexedEntry)).ToList();
        var swedish = LanguageProfile.Swedish;
        var swedishSurface = GuidelineAnalyzer.Surface(swedish);
        var swedishWords = documents
            .SelectMany(e => IndexedField.All.SelectMany(f => f.Texts(e, UiLanguage.Swedish)))
            .SelectMany(swedishSurface.Tokens)
            .ToHashSet(StringComparer.Ordinal);
        var splitters = new Dictionary<UiLanguage, CompoundSplitter>
        {
            [UiLanguage.Swedish] = CompoundSplitter.FromVocabulary(swedishWords, swedish.Normalizer),
            [UiLanguage.English] = CompoundSplitter.Empty,
        };

        var analyzers = LanguageProfile.All.ToDictionary(p => p.Language, p => GuidelineAnalyzer.Index(p, splitters[p.Language]));
        var fieldAnalyzers = LanguageProfile.All
            .SelectMany(p => IndexedField.All.Select(f => (Field: f.FieldName(p.Prefix), Analyzer: (Analyzer)analyzers[p.Language])))
            .ToDictionary(x => x.Field, x => x.Analyzer, StringComparer.Ordinal);

        // The Lucene index lives only while it is built and read back into the language indexes.
        using var directory = new RAMDirectory();
        try
        {
            using var writer = new IndexWriter(
                directory,
                new IndexWriterConfig(LanguageProfile.Version, new PerFieldAnalyzerWrapper(analyzers[UiLanguage.Swedish], fieldAnalyzers)) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64, UseCompoundFile = false });
            for (var ordinal = 0; ordinal < documents.Count; ordinal++)
            {
                writer.AddDocument(ToDocument(documents[ordinal], ordinal));
            }

            writer.Commit();
        }
        finally
        {
            foreach (var analyzer in analyzers.Values)
            {
                analyzer.Dispose();
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var entryOfDoc = new KnowledgeEntry[reader.MaxDoc];
        var outsideOfDoc = new OutsideTopic?[reader.MaxDoc];
        var entryCount = knowledgeBase.Entries.Count;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var ordinal = reader.Document(doc).GetField(OrdinalField).GetInt32Value()!.Value;
            entryOfDoc[doc] = documents[ordinal];
            outsideOfDoc[doc] = ordinal >= entryCount ? knowledgeBase.OutsideTopics[ordinal - entryCount] : null;
        }

        var languages = LanguageProfile.All
            .Select(p => LanguageIndex.Read(
                reader,
                p,
                splitters[p.Language],
                SynonymTable.Build(knowledgeBase.Synonyms, GuidelineAnalyzer.Surface(p), p.Normalizer),
                ContextTerms(knowledgeBase.ContextWords, p),
                doc => (entryOfDoc[doc].Questions.GetValueOrDefault(p.Language) ?? []).Append(entryOfDoc[doc].Title[p.Language])))
            .ToList();
        return new GuidelineSearchEngine(entryOfDoc, outsideOfDoc, languages, cues, settings);
    }

    public GuidelineSearchResult Search(string question, UiLanguage language)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return GuidelineSearchResult.Nothing;
        }

        var result = SearchText(question, language);

        // A question that hinges on something outside the guidelines is declined whatever else it matches. In a case
        // description only the question sentence counts: the case may well mention benefits or medicines.
        var asked = QuestionSentence(question);
        if (_cues.Match(asked ?? question) is { } cued)
        {
            return new GuidelineSearchResult(SearchOutcome.NotFound, result.Candidates) { Outside = new OutsideMatch(cued, 1.0) };
        }

        // A case description with the question at the end ("Student with anxiety, BUP and soc involved. She turns 21
        // soon – is she still in the target group?") explains too little of itself for any one entry; the question
        // sentence alone may. Only a plain fallback is retried: an outside topic's verdict stands.
        if (result.Outcome == SearchOutcome.NotFound && result.Outside is null && asked is not null)
        {
            var retried = SearchText(asked, language);
            if (retried.Outcome != SearchOutcome.NotFound)
            {
                return retried;
            }
        }

        return result;
    }

    /// <summary>The last sentence that asks something, when the text has more than one sentence; otherwise null.</summary>
    internal static string? QuestionSentence(string text)
    {
        var sentences = SentenceEnd().Split(text.Trim());
        return sentences.Length > 1 && sentences.LastOrDefault(s => s.Contains('?', StringComparison.Ordinal)) is { } asked
            ? asked
            : null;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    private GuidelineSearchResult SearchText(string question, UiLanguage language)
    {
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
            var bm25 = Bm25(scored, index);
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

        // A known outside topic that fits best and well enough declines the question with its referral. Otherwise
        // outside topics play no part: an entry is not refused because a weak outside match ranks near it.
        var outside = ordered.FirstOrDefault(d => _outsideOfDoc[d] is not null, -1);
        ordered.RemoveAll(d => _outsideOfDoc[d] is not null);
        var candidates = ordered.Take(_settings.MaxCandidates).Select(d => new SearchCandidate(_entryOfDoc[d], confidence[d])).ToList();
        if (outside >= 0 && confidence[outside] >= _settings.OutsideThreshold && (ordered.Count == 0 || rank[outside] >= rank[ordered[0]]))
        {
            return new GuidelineSearchResult(SearchOutcome.NotFound, candidates) { Outside = new OutsideMatch(_outsideOfDoc[outside]!, confidence[outside]) };
        }

        if (ordered.Count == 0)
        {
            return GuidelineSearchResult.Nothing;
        }

        var top = ordered[0];
        if (confidence[top] < _settings.AnswerThreshold)
        {
            return new GuidelineSearchResult(SearchOutcome.NotFound, candidates);
        }

        var ties = ordered.Skip(1).TakeWhile(d => rank[top] - rank[d] <= _settings.AmbiguityGap).Where(d => confidence[d] >= _settings.AnswerThreshold).ToList();
        return ties.Count == 0
            ? new GuidelineSearchResult(SearchOutcome.Answer, candidates)
            : new GuidelineSearchResult(SearchOutcome.Ambiguous, [.. ties.Prepend(top).Select(d => new SearchCandidate(_entryOfDoc[d], confidence[d]))]);
    }

    /// <summary>An outside topic in the shape the index reads: its example questions and keywords, its referral as the answer.</summary>
    private static KnowledgeEntry AsIndexedEntry(OutsideTopic topic) => new()
    {
        Id = topic.Id,
        Topic = "outside",
        Title = new LocalizedText(
            topic.Questions[UiLanguage.Swedish].FirstOrDefault() ?? topic.Id,
            topic.Questions[UiLanguage.English].FirstOrDefault() ?? topic.Id),
        Answer = topic.Referral,
        Applies = Applicability.Current,
        Document = new LocalizedText(string.Empty, string.Empty),
        Sources = [],
        Questions = topic.Questions,
        Keywords = topic.Keywords,
        FileName = KnowledgeBaseLoader.OutsideFile,
    };

    /// <summary>The index terms of the context words (place names ...) as a question's analysis produces them.</summary>
    private static HashSet<string> ContextTerms(IReadOnlyList<string> words, LanguageProfile profile)
    {
        var surface = GuidelineAnalyzer.Surface(profile);
        return words.SelectMany(surface.Tokens).Select(profile.Normalizer.Normalize).ToHashSet(StringComparer.Ordinal);
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

    /// <summary>
    /// Weighs each concept and finds what it contributes to each document. Exact alternatives (the word, its
    /// synonyms) share one IDF, from the documents holding any of them. Approximate ones (a typo's nearest word, a
    /// completion, the parts of a compound) count with their own IDF times their credit, so a guessed word never
    /// counts fully, and a guess at a common word adds little.
    /// </summary>
    private List<ScoredConcept> Score(IReadOnlyList<Concept> concepts, LanguageIndex index)
    {
        var count = _entryOfDoc.Length;
        var scored = new List<ScoredConcept>(concepts.Count);
        foreach (var concept in concepts)
        {
            // An everyday word weighs like one even when the knowledge base never uses it: "en liten kommun" is
            // not about an unknown topic.
            var unknownWeight = concept.IsCommon
                ? Math.Min(index.UnknownIdf, LanguageProfile.CommonWordIdf)
                : index.UnknownIdf * (concept.IsFragment ? UnknownFragmentFactor : 1.0);
            var known = concept.Alternatives.Where(a => a.Terms.Any(index.Contains)).ToList();
            if (known.Count == 0)
            {
                scored.Add(new ScoredConcept(unknownWeight, new double[count], []));
                continue;
            }

            var shares = known.Select(a => Shares(a, index)).ToList();
            var cap = concept.IsCommon ? LanguageProfile.CommonWordIdf : double.MaxValue;
            double Idf(Func<int, bool> present) => Math.Min(cap, index.Idf(Math.Max(1, Enumerable.Range(0, count).Count(present))));
            var exact = Enumerable.Range(0, known.Count).Where(i => known[i].Credit >= 1).ToList();
            var exactIdf = exact.Count == 0 ? 0 : Idf(d => exact.Any(i => shares[i][d] >= PresentMatch));
            var alternatives = known
                .Select((a, i) => new ScoredAlternative(a.Terms, a.Credit, a.Credit >= 1 ? exactIdf : Idf(d => shares[i][d] >= PresentMatch)))
                .ToList();
            var weight = exact.Count > 0 ? exactIdf : alternatives.Max(a => a.Credit * a.Idf) / alternatives.Max(a => a.Credit);
            var gain = new double[count];
            for (var i = 0; i < alternatives.Count; i++)
            {
                var value = alternatives[i].Credit * alternatives[i].Idf;
                for (var doc = 0; doc < count; doc++)
                {
                    gain[doc] = Math.Min(weight, Math.Max(gain[doc], value * shares[i][doc]));
                }
            }

            scored.Add(new ScoredConcept(weight, gain, alternatives));
        }

        return scored;
    }

    /// <summary>Per document: the IDF-weighted share of an alternative's terms it holds, times the field weight.</summary>
    private double[] Shares(Alternative alternative, LanguageIndex index)
    {
        var shares = new double[_entryOfDoc.Length];
        var idfs = alternative.Terms.Select(t => index.Contains(t) ? index.Idf(t) : index.UnknownIdf).ToArray();
        var idfSum = idfs.Sum();
        for (var i = 0; i < idfs.Length; i++)
        {
            foreach (var posting in index.Postings(alternative.Terms[i]))
            {
                shares[posting.Doc] += idfs[i] / idfSum * posting.Weight;
            }
        }

        return shares;
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
                coverage[doc] += concept.Gain[doc] / total;
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
        // Scratch arrays per example phrasing, rented: a search touches a few hundred of the ~1,000 phrasings.
        var count = index.ExampleCount;
        var matched = ArrayPool<double>.Shared.Rent(count);
        var coveredIdf = ArrayPool<double>.Shared.Rent(count);
        var conceptGain = ArrayPool<double>.Shared.Rent(count);
        var present = ArrayPool<int>.Shared.Rent(count);
        Array.Clear(matched, 0, count);
        Array.Clear(coveredIdf, 0, count);
        Array.Clear(conceptGain, 0, count);
        Array.Clear(present, 0, count);
        var touched = new HashSet<ExamplePhrasing>();
        var touchedByConcept = new List<ExamplePhrasing>();
        var touchedByAlternative = new List<ExamplePhrasing>();
        foreach (var concept in concepts)
        {
            touchedByConcept.Clear();
            foreach (var alternative in concept.Alternatives)
            {
                touchedByAlternative.Clear();
                foreach (var term in alternative.Terms)
                {
                    foreach (var example in index.ExamplesWith(term))
                    {
                        if (present[example.Id]++ == 0)
                        {
                            touchedByAlternative.Add(example);
                        }

                        coveredIdf[example.Id] += example.TermIdfs[term];
                    }
                }

                foreach (var example in touchedByAlternative)
                {
                    var gain = alternative.Credit * alternative.Idf * present[example.Id] / alternative.Terms.Count;
                    if (conceptGain[example.Id] == 0)
                    {
                        touchedByConcept.Add(example);
                    }

                    conceptGain[example.Id] = Math.Max(conceptGain[example.Id], gain);
                    present[example.Id] = 0;
                }
            }

            foreach (var example in touchedByConcept)
            {
                matched[example.Id] += Math.Min(concept.Weight, conceptGain[example.Id]);
                conceptGain[example.Id] = 0;
                touched.Add(example);
            }
        }

        foreach (var example in touched)
        {
            // Terms of the phrasing the question does not have (a term two concepts share is not counted twice).
            var extra = Math.Max(0, example.IdfSum - coveredIdf[example.Id]);
            best[example.Doc] = Math.Max(best[example.Doc], matched[example.Id] / (total + extra));
        }

        ArrayPool<double>.Shared.Return(matched);
        ArrayPool<double>.Shared.Return(coveredIdf);
        ArrayPool<double>.Shared.Return(conceptGain);
        ArrayPool<int>.Shared.Return(present);
        return best;
    }

    /// <summary>
    /// Per document: BM25 over the boosted fields (from the index's term frequencies and field lengths), summed over
    /// the concepts' best alternatives and relative to the best document (0–1). It orders entries that explain the
    /// question equally well: the one where the words are central and repeated comes first.
    /// </summary>
    private double[] Bm25(List<ScoredConcept> concepts, LanguageIndex index)
    {
        var scores = new double[_entryOfDoc.Length];
        var conceptScore = new double[_entryOfDoc.Length];
        foreach (var concept in concepts)
        {
            Array.Clear(conceptScore);
            foreach (var alternative in concept.Alternatives)
            {
                var share = alternative.Credit / alternative.Terms.Count;
                foreach (var term in alternative.Terms)
                {
                    foreach (var posting in index.Postings(term))
                    {
                        conceptScore[posting.Doc] = Math.Max(conceptScore[posting.Doc], share * posting.Bm25);
                    }
                }
            }

            for (var doc = 0; doc < scores.Length; doc++)
            {
                scores[doc] += conceptScore[doc];
            }
        }

        var best = scores.Max();
        if (best > 0)
        {
            for (var doc = 0; doc < scores.Length; doc++)
            {
                scores[doc] /= best;
            }
        }

        return scores;
    }

    /// <summary>
    /// A question concept weighed for this search: its weight in the question (IDF, or an unknown word's weight for
    /// what cannot be matched) and per document what it contributes (at most the weight).
    /// </summary>
    private sealed record ScoredConcept(double Weight, double[] Gain, IReadOnlyList<ScoredAlternative> Alternatives);

    /// <summary>A known alternative of a concept with the credit and IDF a match on it is worth.</summary>
    private sealed record ScoredAlternative(IReadOnlyList<string> Terms, double Credit, double Idf);

    private static FieldType CreateTextFieldType()
    {
        var type = new FieldType { IsIndexed = true, IsTokenized = true, IsStored = false, OmitNorms = true, IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }

    private static Document ToDocument(KnowledgeEntry entry, int ordinal)
    {
        var document = new Document { new StoredField(OrdinalField, ordinal) };
        foreach (var profile in LanguageProfile.All)
        {
            foreach (var field in IndexedField.All)
            {
                foreach (var text in field.Texts(entry, profile.Language))
                {
                    document.Add(new Field(field.FieldName(profile.Prefix), text, TextFieldType));
                }
            }
        }

        return document;
    }
}
