using System.Text.RegularExpressions;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;
using VastbusBot.Features.Guidelines.Retrieval.Analysis;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>
/// The outside topics' cues: words and phrases that by themselves mark a question as being about something the
/// guidelines do not cover ("försörjningsstöd", "Millennium", "hur många … förra året"). Coverage scoring lets a
/// question that hinges on such a word through to the entry that matches the rest of it ("how do I document a SIP
/// in Millennium?" looks like a SIP question); a cue declines it with its topic's referral instead.
/// <para>
/// A cue matches when each of its words begins some word of the question, in any order: "semester" matches
/// "semesterdagar", and a cue written as a stem ("läkemed") matches every form of the word; a word of one to three
/// letters must match a whole word. Stop words count too: "hur många" is part of what makes "hur många SIP:ar gjordes
/// förra året" a question about statistics. There is no stemming, which would let "skrivare" match "skriva". A long
/// cue word also matches with one typo.
/// </para>
/// <para>
/// A cue may hold the word <c>{place}</c>, which matches the name of any municipality of the knowledge base's context
/// words (or its genitive, "Skövdes"): "{place} rutin" declines "Hur ser Skövdes lokala rutin ut?", since only one
/// municipality's routine is in the sources. The cue leaves out every place for which it would match an entry's own
/// phrasing, so giving an entry the phrasing "vad säger Bollebygds lokala rutin …" keeps Bollebygd answerable. Names
/// that are also everyday words ("Vara") and names of more than one word are left out.
/// </para>
/// </summary>
internal sealed partial class OutsideCues
{
    /// <summary>A shorter cue word ("i", "åt", "me") must be the whole word: as a prefix it would match "meeting".</summary>
    private const int MinPrefixLength = 4;

    /// <summary>A cue word at least this long also matches with one typo.</summary>
    private const int MinTypoLength = 8;

    /// <summary>A cue needs at least one word this long (LSS, LVM): a cue of only short words would fire on chat filler.</summary>
    private const int MinLongestWord = 3;

    /// <summary>The word in a cue that stands for any municipality's name.</summary>
    public const string PlaceWord = "{place}";

    private readonly IReadOnlyList<Cue> _cues;

    private OutsideCues(IReadOnlyList<Cue> cues) => _cues = cues;

    /// <summary>
    /// Reads the topics' cues. Each cue must be usable and must not match any phrasing, title or keyword of a
    /// guideline entry – a cue that did would decline the very questions that entry answers. Problems are added to
    /// <paramref name="errors"/> with the file, topic and field.
    /// </summary>
    public static OutsideCues Build(IReadOnlyList<OutsideTopic> topics, IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<string> places, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(errors);

        var placeWords = PlaceWords(places);

        // Every entry phrasing is split into words once, not once per cue: start-up and every reload check some 450
        // cues against some 2,000 phrasings.
        var phrasings = entries
            .SelectMany(e => new[] { UiLanguage.Swedish, UiLanguage.English }.SelectMany(l =>
                (e.Questions.GetValueOrDefault(l) ?? []).Concat(e.Keywords.GetValueOrDefault(l) ?? []).Append(e.Title[l])
                    .Select(t => new Phrasing(e, t, [.. Words(t)]))))
            .ToList();
        var cues = new List<Cue>();
        foreach (var (topic, index) in topics.Select((t, i) => (t, i)))
        {
            foreach (var (language, list) in topic.Cues)
            {
                foreach (var (text, position) in list.Select((c, i) => (c, i)))
                {
                    var field = $"{KnowledgeBaseLoader.OutsideFile}: outside[{index}] ({topic.Id}).cues.{LanguageProfile.For(language).Prefix}[{position}]";
                    var hasPlace = text.Contains(PlaceWord, StringComparison.Ordinal);
                    var words = Words(text.Replace(PlaceWord, " ", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
                    if (words.Length == 0 || words.Max(w => w.Length) < MinLongestWord)
                    {
                        errors.Add($"{field}: '{text}' needs at least one word of {MinLongestWord} letters or more.");
                        continue;
                    }

                    var cue = new Cue(topic, words, null);
                    if (hasPlace)
                    {
                        // A place an entry's phrasing names together with the cue's words is answerable there.
                        var answerable = phrasings.Where(p => cue.IsIn(p.Words)).SelectMany(p => p.Words).SelectMany(w => new[] { w, Nominative(w).ToString() }).ToHashSet(StringComparer.Ordinal);
                        cues.Add(cue with { Places = placeWords.Where(p => !answerable.Contains(p)).ToHashSet(StringComparer.Ordinal) });
                        continue;
                    }

                    if (phrasings.FirstOrDefault(p => cue.IsIn(p.Words)) is { } blocked)
                    {
                        errors.Add($"{field}: '{text}' also matches \"{blocked.Text}\" in {blocked.Entry.FileName}; a cue must never decline what an entry answers.");
                        continue;
                    }

                    cues.Add(cue);
                }
            }
        }

        return new OutsideCues(cues);
    }

    /// <summary>The topic of the first cue (in file order) found in <paramref name="text"/>, or null.</summary>
    public OutsideTopic? Match(string text)
    {
        if (_cues.Count == 0 || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Words(text).Take(QueryConcepts.MaxWords).ToArray();
        foreach (var cue in _cues)
        {
            if (cue.IsIn(words))
            {
                return cue.Topic;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="word"/> begins with <paramref name="cueWord"/>, allowing one typo in a long cue word.</summary>
    private static bool Begins(string word, string cueWord)
    {
        if (cueWord.Length < MinPrefixLength)
        {
            return word == cueWord;
        }

        if (word.StartsWith(cueWord, StringComparison.Ordinal))
        {
            return true;
        }

        if (cueWord.Length < MinTypoLength || word.Length < cueWord.Length - 1)
        {
            return false;
        }

        // The typo may have dropped or added a letter, so the cue is compared with the word's start one letter shorter,
        // as long, and one letter longer.
        for (var length = cueWord.Length - 1; length <= Math.Min(word.Length, cueWord.Length + 1); length++)
        {
            if (EditDistance.Compute(cueWord, word.AsSpan(0, length), 1) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The municipality names a <see cref="PlaceWord"/> stands for: one-word names that are not also everyday words
    /// of either language ("Vara" is a Swedish verb), lower-cased.
    /// </summary>
    private static HashSet<string> PlaceWords(IReadOnlyList<string> places) =>
        places
            .Select(p => p.ToLowerInvariant())
            .Where(p => WordPattern().Match(p) is { Success: true } m && m.Length == p.Length)
            .Where(p => LanguageProfile.All.All(l => !l.StopWords.Contains(p)))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A word without a genitive s ("skövdes" → "skövde"); a place name may be written either way.</summary>
    private static ReadOnlySpan<char> Nominative(string word) => word.Length > 1 && word[^1] == 's' ? word.AsSpan(0, word.Length - 1) : word;

    /// <summary>Lower-cased words and numbers; unlike search analysis, stop words stay.</summary>
    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    /// <param name="Places">For a cue with <see cref="PlaceWord"/>: the names it matches; otherwise null.</param>
    private sealed record Cue(OutsideTopic Topic, string[] Words, HashSet<string>? Places)
    {
        /// <summary>Whether each of the cue's words begins one of <paramref name="words"/> (and one names a place, if the cue asks for one).</summary>
        /// <remarks>Plain loops: this runs for every cue on every question, and lambdas here allocated per call.</remarks>
        public bool IsIn(string[] words)
        {
            foreach (var cueWord in Words)
            {
                if (!BeginsAny(words, cueWord))
                {
                    return false;
                }
            }

            return Places is null || NamesPlace(words, Places);
        }

        private static bool NamesPlace(string[] words, HashSet<string> places)
        {
            var lookup = places.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var word in words)
            {
                // The name itself or its genitive ("Skövdes"); a longer word is another word ("alert" is not Ale).
                if (places.Contains(word) || lookup.Contains(Nominative(word)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool BeginsAny(string[] words, string cueWord)
        {
            foreach (var word in words)
            {
                if (Begins(word, cueWord))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>An entry's example question, keyword or title, split into words for checking the cues against it.</summary>
    private sealed record Phrasing(KnowledgeEntry Entry, string Text, string[] Words);
}
