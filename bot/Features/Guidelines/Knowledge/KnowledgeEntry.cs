using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Guidelines.Knowledge;

/// <summary>Which document an answer rests on: the one in force today, a historical one, or both.</summary>
public enum Applicability
{
    Current,
    Historical,
    Both,
}

/// <summary>A party with a role in an answer (socialnämnden, BUP, skolan ...).</summary>
public sealed record Party(string Id, LocalizedText Name, LocalizedText? Description);

/// <summary>A source document (K-number in the fact base).</summary>
public sealed record Source(string Id, string Title, Uri? Url, string? Publisher, string? Note = null);

public sealed record ResponsibleParty(Party Party, LocalizedText Role);

public sealed record LegalReference(string Reference, LocalizedText? Note);

public sealed record SourceCitation(Source Source, string? Section);

/// <summary>One topic of the knowledge base: a short answer first, details after, with who, why and where from.</summary>
public sealed record KnowledgeEntry
{
    public required string Id { get; init; }

    public required string Topic { get; init; }

    public required LocalizedText Title { get; init; }

    public required LocalizedText Answer { get; init; }

    public LocalizedText? Details { get; init; }

    public IReadOnlyList<ResponsibleParty> Responsible { get; init; } = [];

    public IReadOnlyList<LegalReference> LegalBasis { get; init; } = [];

    public required Applicability Applies { get; init; }

    public required LocalizedText Document { get; init; }

    public required IReadOnlyList<SourceCitation> Sources { get; init; }

    /// <summary>Example phrasings per language; they carry most of the retrieval signal.</summary>
    public required IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Questions { get; init; }

    public required IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Keywords { get; init; }

    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>The file the entry was read from, for messages to the people who maintain it.</summary>
    public required string FileName { get; init; }
}

/// <summary>
/// A topic people ask about that the guidelines do not cover (bus times, salaries, elderly care ...), with where to
/// turn instead. Recognising it lets the bot say "not covered" with a useful pointer, instead of stretching the
/// nearest guideline entry to fit.
/// </summary>
public sealed record OutsideTopic(
    string Id,
    LocalizedText Referral,
    IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Questions,
    IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Keywords)
{
    /// <summary>
    /// Words or phrases that by themselves put a question on this topic, whatever else it mentions ("försörjningsstöd",
    /// "Millennium"); empty when the topic has none. See <c>OutsideCues</c>.
    /// </summary>
    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Cues { get; init; } = new Dictionary<UiLanguage, IReadOnlyList<string>>();
}

/// <summary>The whole knowledge base, validated.</summary>
public sealed class KnowledgeBase(
    IReadOnlyList<KnowledgeEntry> entries,
    IReadOnlyDictionary<string, Party> parties,
    IReadOnlyDictionary<string, Source> sources,
    IReadOnlyList<IReadOnlyList<string>>? synonyms = null,
    IReadOnlyList<OutsideTopic>? outsideTopics = null,
    IReadOnlyList<string>? contextWords = null)
{
    private readonly Dictionary<string, KnowledgeEntry> _byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public IReadOnlyList<KnowledgeEntry> Entries { get; } = entries;

    public IReadOnlyDictionary<string, Party> Parties { get; } = parties;

    public IReadOnlyDictionary<string, Source> Sources { get; } = sources;

    /// <summary>Groups of words and phrases that mean the same thing to a user (from <c>_synonyms.yaml</c>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; } = synonyms ?? [];

    /// <summary>Topics outside the guidelines, with a referral (from <c>_outside.yaml</c>).</summary>
    public IReadOnlyList<OutsideTopic> OutsideTopics { get; } = outsideTopics ?? [];

    /// <summary>
    /// Words that say where or about whom a question is (municipalities, areas), not what it is about; they weigh
    /// like everyday words (from <c>_context-words.yaml</c>).
    /// </summary>
    public IReadOnlyList<string> ContextWords { get; } = contextWords ?? [];

    public KnowledgeEntry? Find(string id) => _byId.GetValueOrDefault(id);
}
