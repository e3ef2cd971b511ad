using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Guidelines.Retrieval.Analysis;

/// <summary>
/// Turns a lower-cased word into its index term: Snowball stem, then folded to ASCII, so that "vårdnadshavaren",
/// "vardnadshavare" and "vårdnadshavarna" meet. The same code runs at index and query time.
/// </summary>
internal sealed class TermNormalizer
{
    public static readonly TermNormalizer Swedish = new(() => new SwedishStemmer());

    public static readonly TermNormalizer English = new(() => new EnglishStemmer());

    // Snowball stemmers keep state between calls; one per thread keeps concurrent searches apart.
    private readonly ThreadLocal<SnowballProgram> _stemmer;

    private TermNormalizer(Func<SnowballProgram> create) => _stemmer = new ThreadLocal<SnowballProgram>(create);

    public static TermNormalizer For(UiLanguage language) => language == UiLanguage.English ? English : Swedish;

    public string Normalize(string lowerCaseWord)
    {
        if (lowerCaseWord.Length < 3 || !char.IsLetter(lowerCaseWord[0]))
        {
            return Fold(lowerCaseWord);
        }

        var stemmer = _stemmer.Value!;
        stemmer.SetCurrent(lowerCaseWord);
        stemmer.Stem();
        return Fold(stemmer.Current);
    }

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
