using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Guidelines.Retrieval.Analysis;

/// <summary>
/// Turns a lower-cased word into its index term: folded to ASCII, then the Snowball stem, so that "vårdnadshavaren",
/// "vardnadshavare" and "vårdnadshavarna" meet. Folding first matters: "inför" and a typed "infor" must stem alike.
/// The same code runs at index and query time.
/// </summary>
internal sealed class TermNormalizer
{
    public static readonly TermNormalizer Swedish = new(() => new SwedishStemmer(), SwedishNeuterDefinite);

    public static readonly TermNormalizer English = new(() => new EnglishStemmer(), s => s);

    // Snowball stemmers keep state between calls; one per thread keeps concurrent searches apart.
    private readonly ThreadLocal<SnowballProgram> _stemmer;
    private readonly Func<string, string> _afterStem;

    private TermNormalizer(Func<SnowballProgram> create, Func<string, string> afterStem)
    {
        _stemmer = new ThreadLocal<SnowballProgram>(create);
        _afterStem = afterStem;
    }

    public static TermNormalizer For(UiLanguage language) => language == UiLanguage.English ? English : Swedish;

    public string Normalize(string lowerCaseWord)
    {
        var folded = Fold(lowerCaseWord);
        if (folded.Length < 3 || !char.IsLetter(folded[0]))
        {
            return folded;
        }

        var stemmer = _stemmer.Value!;
        stemmer.SetCurrent(folded);
        stemmer.Stem();
        return _afterStem(stemmer.Current);
    }

    // Snowball's Swedish stemmer leaves the definite neuter "-et" ("mötet", "barnet", "ansvaret"), so "mötet" would
    // not meet "möte". Stripping it conflates a few unrelated words at most, the same way at index and query time.
    private static string SwedishNeuterDefinite(string stem) =>
        stem.Length >= 6 && stem.EndsWith("et", StringComparison.Ordinal) ? stem[..^2] : stem;

    public static string Fold(string word)
    {
        if (word.All(char.IsAscii))
        {
            return word;
        }

        var input = word.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
