using VastbusBot.Features.Guidelines.Knowledge;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>The knowledge base currently in use, and a reload from its files without a restart.</summary>
public interface IGuidelineKnowledge
{
    KnowledgeBase Current { get; }

    /// <summary>Loads and validates the files again; keeps the current knowledge base when they are invalid.</summary>
    KnowledgeReloadResult Reload();
}

/// <summary>The outcome of a reload: the entry count in use afterwards, or the errors (file and field) that kept the old one.</summary>
public sealed record KnowledgeReloadResult(bool Succeeded, int EntryCount, IReadOnlyList<string> Errors);
