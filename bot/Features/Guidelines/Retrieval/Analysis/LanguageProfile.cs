using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Guidelines.Retrieval.Analysis;

/// <summary>The language-specific parts of analysis: stop words and the term normaliser.</summary>
internal sealed class LanguageProfile
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Chat filler and question words. They say nothing about the topic, and an unknown word counts against
    // the confidence, so "hej, undrar typ ..." must not look like an unknown topic.
    private static readonly string[] SwedishExtra =
    [
        "e", "va", "o", "å", "el", "nåt", "nån", "nånting", "något", "någon", "några", "typ", "hej", "hejsan", "tack", "undrar",
        "undra", "lite", "snälla", "ba", "bara", "iaf", "egentligen", "liksom", "alltså", "också", "även", "väl",
        "nog", "sen", "dvs", "osv", "mfl", "bl", "etc", "ex", "tex", "t", "sån", "såna", "vill", "veta", "fråga",
        "frågan", "jo", "ja", "nej", "hallå", "mm", "ev", "eventuellt", "kanske", "ifall", "där",
        "vad", "vem", "vilka", "vilken", "vilket", "hur", "när", "var", "varför", "vart", "finns",
        "blir", "sig", "ens", "just", "ju", "visst", "redan", "ännu", "fortfarande", "mig", "mej", "dej", "dom",
        "ska", "skall", "många", "flera", "fler", "mest", "max", "maximalt", "hela", "båda", "bägge", "alltid", "aldrig",
        "ofta", "ibland", "faktiskt", "verkligen", "precis", "exakt", "direkt", "igen", "tror", "tycker", "saker",
        "handlar", "handla", "handlade", "hen", "kortfattat", "korthet", "förklara", "asså", "lixom", "lr", "elr", "btw", "lol", "snabbfråga", "förlåt", "ursäkta",
    ];

    private static readonly string[] EnglishExtra =
    [
        "what", "whats", "who", "whom", "whose", "when", "where", "which", "how", "why", "does", "do", "did", "doing",
        "i", "me", "my", "we", "us", "our", "you", "your", "can", "could", "should", "would", "shall", "may", "might",
        "has", "have", "had", "having", "any", "anything", "about", "from", "please", "pls", "hi", "hello", "hey",
        "thanks", "thank", "s", "get", "tell", "know", "want", "wondering", "wonder", "just", "also", "some", "someone",
        "something", "kind", "sort", "really", "actually", "exactly", "still", "even", "its", "here", "there's",
        "been", "being", "am", "were", "so", "than", "too", "very", "yes", "question", "e.g", "eg", "etc",
        "many", "much", "more", "most", "every", "each", "both", "always", "never", "often", "sometimes", "ever",
        "exactly", "thing", "things", "stuff", "guys", "think", "say", "says", "said", "lol", "btw", "u", "ur", "q",
        "quick", "sorry", "dumb", "silly", "basically", "anyway", "anyways", "he", "she", "him", "her", "his", "hers", "nutshell", "briefly", "explain",
        "them", "i'm", "im", "i've", "you're", "we're", "it's", "herself", "himself", "themselves", "themself", "myself",
        "yourself", "ourselves", "itself",
    ];

    // Everyday verbs and adjectives. In a knowledge base this small a word like "gick" or "skriver" can look rare,
    // and so decisive, just because few entries happen to use it; in a question it rarely names the topic. They
    // stay search terms but weigh at most CommonWordIdf.
    private static readonly string[] SwedishCommon =
    [
        "gå", "går", "gick", "gått", "ta", "tar", "tog", "togs", "tagit", "tagits", "bort", "fram", "ge", "ger", "gav", "gett", "gör", "göra", "gjorde",
        "gjort", "säga", "säger", "sa", "sade", "sagt", "se", "ser", "såg", "sett", "stå", "står", "stod", "stått",
        "ligga", "ligger", "låg", "sätta", "sätter", "satte", "hända", "händer", "hände", "hänt", "fungera",
        "fungerar", "använda", "använder", "används", "skriva", "skriver", "skrev", "skrivit", "regel", "regler",
        "reglerar", "regleras", "gälla", "gäller", "gällde", "gällt", "ny", "nya", "nytt", "stor", "stora", "liten",
        "små", "bra", "viktig", "viktigt", "annan", "annat", "andra", "olika", "egen", "eget", "egna", "rätt", "fel",
        "först", "sist", "idag", "nu", "längre", "person", "personer", "folk", "saken", "sak", "fall", "fallet",
        "ok", "okej", "in", "iväg", "tillbaka", "emot", "bäst", "bästa", "bättre", "sämre", "sämst", "funka", "funkar",
        "funkade", "fixa", "fixar", "kolla", "kollar", "brukar", "enkel", "enkelt", "svår", "svårt", "lätt", "billig",
        "billigast", "köpa", "köper", "trevlig", "rolig", "roligt", "per", "täcker", "täcka", "jobba", "jobbar", "jobbade",
        "stämmer", "stämma",
    ];

    private static readonly string[] EnglishCommon =
    [
        "go", "goes", "went", "gone", "make", "makes", "made", "take", "takes", "took", "give", "gives", "gave", "see",
        "seen", "happen", "happens", "happened", "work", "works", "use", "used", "write", "writes", "wrote", "rule",
        "rules", "apply", "applies", "writing", "written", "new", "old", "big", "small", "little", "good", "other", "different", "own", "right",
        "wrong", "first", "last", "today", "now", "person", "people", "case", "put", "keep", "find", "look", "way",
        "point", "out", "up", "bit", "bits", "screw", "screwed", "mess", "messed", "bring", "talk", "ok", "okay",
        "best", "better", "worse", "worst", "fix", "buy", "cheap", "cheapest", "nice", "easy", "hard", "fun", "per",
        "join", "joins", "joined", "cover", "covers",
    ];

    // Negation decides between "who attends" and "what if someone does not attend"; it stays a search term.
    private static readonly string[] Negations = ["inte", "ej", "icke", "not", "no"];

    private LanguageProfile(UiLanguage language, CharArraySet stopWords, TermNormalizer normalizer, IEnumerable<string> commonWords)
    {
        Language = language;
        StopWords = stopWords;
        Normalizer = normalizer;
        CommonTerms = commonWords.Select(normalizer.Normalize).ToHashSet(StringComparer.Ordinal);
    }

    // Each language's index also holds the other language's everyday words: the English texts quote Swedish names
    // ("Samverkan för barn och ungas bästa"), so "bästa pizzan" would otherwise meet a rare English-index word.
    public static LanguageProfile Swedish { get; } = new(
        UiLanguage.Swedish, StopSet(SwedishAnalyzer.DefaultStopSet, SwedishExtra), TermNormalizer.Swedish, [.. SwedishCommon, .. EnglishCommon]);

    public static LanguageProfile English { get; } = new(
        UiLanguage.English, StopSet(EnglishAnalyzer.DefaultStopSet, EnglishExtra), TermNormalizer.English, [.. EnglishCommon, .. SwedishCommon]);

    public static IReadOnlyList<LanguageProfile> All { get; } = [Swedish, English];

    public UiLanguage Language { get; }

    /// <summary>Field-name prefix in the index: <c>sv</c> or <c>en</c>.</summary>
    public string Prefix => Language == UiLanguage.English ? "en" : "sv";

    public CharArraySet StopWords { get; }

    public TermNormalizer Normalizer { get; }

    /// <summary>Index terms of everyday words, which weigh at most <see cref="CommonWordIdf"/> in a question.</summary>
    public IReadOnlySet<string> CommonTerms { get; }

    /// <summary>The highest weight an everyday word gets.</summary>
    public const double CommonWordIdf = 1.0;

    public static LanguageProfile For(UiLanguage language) => language == UiLanguage.English ? English : Swedish;

    // Stop words are matched both as written and folded to ASCII ("nar" for "när"), because people often type
    // without diacritics.
    private static CharArraySet StopSet(CharArraySet defaults, IEnumerable<string> extra)
    {
        var words = defaults.Concat(extra).Except(Negations, StringComparer.OrdinalIgnoreCase).ToList();
        var set = new CharArraySet(Version, words.Count * 2, ignoreCase: true);
        foreach (var word in words)
        {
            set.Add(word);
            set.Add(TermNormalizer.Fold(word));
        }

        return set.AsReadOnly();
    }
}
