using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>Finds the knowledge base entry that answers a free-text question. Safe to call from many threads.</summary>
public interface IGuidelineSearch
{
    /// <summary>
    /// Searches for <paramref name="question"/>. <paramref name="language"/> is the conversation's language; the
    /// question's own language (when the text tells) weighs more, but both languages are searched.
    /// </summary>
    GuidelineSearchResult Search(string question, UiLanguage language);
}

/// <summary>What the bot should do with a search result.</summary>
public enum SearchOutcome
{
    /// <summary>The first candidate answers the question.</summary>
    Answer,

    /// <summary>Two or more candidates are about equally likely; ask "Menade du …?".</summary>
    Ambiguous,

    /// <summary>Nothing in the knowledge base answers the question confidently enough.</summary>
    NotFound,
}

/// <summary>An entry and how confident the search is that it answers the question (0–1).</summary>
public sealed record SearchCandidate(KnowledgeEntry Entry, double Confidence);

/// <summary>A known topic outside the guidelines and how confident the search is that the question is about it.</summary>
public sealed record OutsideMatch(OutsideTopic Topic, double Confidence);

/// <summary>The outcome and the candidates, best first.</summary>
public sealed record GuidelineSearchResult(SearchOutcome Outcome, IReadOnlyList<SearchCandidate> Candidates)
{
    public static readonly GuidelineSearchResult Nothing = new(SearchOutcome.NotFound, []);

    /// <summary>When nothing was found because the question is about a known topic outside the guidelines: that topic.</summary>
    public OutsideMatch? Outside { get; init; }

    /// <summary>The entry to show: the first candidate unless nothing was found.</summary>
    public KnowledgeEntry? Best => Outcome != SearchOutcome.NotFound && Candidates.Count > 0 ? Candidates[0].Entry : null;
}
