using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>
/// A part of an entry that is indexed: <see cref="Weight"/> is what a match there is worth for confidence (0–1),
/// <see cref="Boost"/> its weight in BM25 ranking. The example questions, keywords and title are written to be
/// found; the answer and the structured context (parties, legal basis, document) state the topic; the details also
/// mention neighbouring topics.
/// </summary>
internal sealed record IndexedField(string Name, double Weight, float Boost, Func<KnowledgeEntry, UiLanguage, IEnumerable<string>> Texts)
{
    public static IReadOnlyList<IndexedField> All { get; } =
    [
        new("questions", 1.0, 3.0f, (e, l) => e.Questions.GetValueOrDefault(l) ?? []),
        new("keywords", 1.0, 3.0f, (e, l) => e.Keywords.GetValueOrDefault(l) ?? []),
        new("title", 1.0, 2.5f, (e, l) => [e.Title[l]]),
        new("answer", 0.8, 1.5f, (e, l) => [e.Answer[l]]),
        new("details", 0.6, 0.7f, (e, l) => e.Details is null ? [] : [e.Details[l]]),
        new("context", 0.8, 1.5f, Context),
    ];

    /// <summary>The Lucene field name for this part in <paramref name="language"/>, e.g. <c>sv.questions</c>.</summary>
    public string FieldName(string languagePrefix) => languagePrefix + "." + Name;

    // Who is responsible, the legal basis and the document: shown on the card, so a user may ask about them.
    private static IEnumerable<string> Context(KnowledgeEntry entry, UiLanguage language)
    {
        foreach (var responsible in entry.Responsible)
        {
            yield return responsible.Party.Name[language] + ": " + responsible.Role[language];
        }

        foreach (var legal in entry.LegalBasis)
        {
            yield return legal.Note is null ? legal.Reference : legal.Reference + ": " + legal.Note[language];
        }

        yield return entry.Document[language];
    }
}
