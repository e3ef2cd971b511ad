using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace VastbusBot.Features.Guidelines.Retrieval.Analysis;

/// <summary>
/// Lucene analysis for one language. Surface mode (for reading questions) stops after lower-casing and stop words,
/// so synonyms and typos can be looked at word by word. Index mode also normalises each word to its term and adds
/// the parts of compounds at the same position.
/// </summary>
internal sealed class GuidelineAnalyzer : Analyzer
{
    private readonly LanguageProfile _profile;
    private readonly CompoundSplitter? _splitter;
    private readonly bool _normalize;

    // Indexing sees the same words again and again; their terms and compound parts are worked out once.
    private readonly ConcurrentDictionary<string, string[]> _termsOfWord = new(StringComparer.Ordinal);

    private GuidelineAnalyzer(LanguageProfile profile, CompoundSplitter? splitter, bool normalize)
    {
        _profile = profile;
        _splitter = splitter;
        _normalize = normalize;
    }

    private static readonly GuidelineAnalyzer SwedishSurface = new(LanguageProfile.Swedish, null, normalize: false);
    private static readonly GuidelineAnalyzer EnglishSurface = new(LanguageProfile.English, null, normalize: false);

    /// <summary>
    /// Lower-cased words without stop words, as typed (for questions and synonym phrases). One shared instance per
    /// language for the life of the process (Lucene keeps its per-thread token streams); do not dispose it.
    /// </summary>
    public static GuidelineAnalyzer Surface(LanguageProfile profile) => profile == LanguageProfile.English ? EnglishSurface : SwedishSurface;

    /// <summary>Index terms, with compound parts when a splitter is given.</summary>
    public static GuidelineAnalyzer Index(LanguageProfile profile, CompoundSplitter? splitter) => new(profile, splitter, normalize: true);

    /// <summary>Runs the analyzer over <paramref name="text"/> and returns the tokens in order.</summary>
    public IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            // Lucene's string reader is not set up for an empty text.
            return tokens;
        }

        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new StringReader(TextPreparer.Prepare(reader.ReadToEnd()));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageProfile.Version, reader);
        TokenStream sink = new LowerCaseFilter(LanguageProfile.Version, source);
        sink = new StopFilter(LanguageProfile.Version, sink, _profile.StopWords);
        if (_normalize)
        {
            sink = new TermFilter(sink, TermsOf);
        }

        return new TokenStreamComponents(source, sink);
    }

    /// <summary>A word's index term, followed by the terms of its compound parts.</summary>
    private string[] TermsOf(string word) => _termsOfWord.GetOrAdd(word, w =>
    {
        var normalized = _profile.Normalizer.Normalize(w);
        return _splitter?.Split(w, normalized, allowUnknown: false) is { } split
            ? [normalized, .. split.Parts.Where(p => p != normalized)]
            : [normalized];
    });

    /// <summary>Replaces each word by its term and appends the parts of a compound at the same position.</summary>
    private sealed class TermFilter : TokenFilter
    {
        private readonly Func<string, string[]> _termsOf;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _position;
        private readonly Queue<string> _pending = new();

        public TermFilter(TokenStream input, Func<string, string[]> termsOf)
            : base(input)
        {
            _termsOf = termsOf;
            _term = AddAttribute<ICharTermAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_pending.TryDequeue(out var part))
            {
                _term.SetEmpty().Append(part);
                _position.PositionIncrement = 0;
                return true;
            }

            if (!m_input.IncrementToken())
            {
                return false;
            }

            var terms = _termsOf(_term.ToString());
            for (var i = 1; i < terms.Length; i++)
            {
                _pending.Enqueue(terms[i]);
            }

            _term.SetEmpty().Append(terms[0]);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _pending.Clear();
        }
    }
}
