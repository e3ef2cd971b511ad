using VastbusBot.Features.Guidelines.Knowledge;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>The knowledge base currently in use, and a reload from its files without a restart.</summary>
public interface IGuidelineKnowledge
{
    KnowledgeBase Current { get; }

    /// <summary>Loads and validates the files again; keeps the current knowledge base when they are invalid.</summary>
    KnowledgeReloadResult Reload();
}
