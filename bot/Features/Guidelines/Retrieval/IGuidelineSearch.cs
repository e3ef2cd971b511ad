using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>Finds the knowledge base entry that answers a question.</summary>
public interface IGuidelineSearch
{
    GuidelineSearchResult Search(string question, UiLanguage language);
}

public enum SearchOutcome
{
    /// <summary>The first candidate answers the question.</summary>
    Answer,

    /// <summary>Two or more candidates are about as likely; ask "did you mean".</summary>
    Ambiguous,

    /// <summary>Nothing in the knowledge base is close enough.</summary>
    NotFound,
}

public sealed record SearchCandidate(KnowledgeEntry Entry, double Confidence);

public sealed record GuidelineSearchResult(SearchOutcome Outcome, IReadOnlyList<SearchCandidate> Candidates)
{
    public KnowledgeEntry? Best => Candidates.Count > 0 ? Candidates[0].Entry : null;
}
