using VastbusBot.Features.Guidelines.Knowledge;
using VastbusBot.Features.Guidelines.Retrieval;
using VastbusBot.Testing;

namespace VastbusBot.Tests.GuidelineAnswers;

/// <summary>The repository's real knowledge base, loaded once.</summary>
internal static class TestKnowledge
{
    private static readonly Lazy<KnowledgeBase> LazyBase = new(() => KnowledgeBaseLoader.Load(RepoPaths.Combine("bot", "Knowledge")));

    public static KnowledgeBase Base => LazyBase.Value;

    /// <summary>An entry with responsible parties, legal basis, details and related entries (the richest card).</summary>
    public static KnowledgeEntry Rich => Base.Entries.First(e => e.Responsible.Count > 0 && e.LegalBasis.Count > 0 && e.Details is not null && e.Related.Count > 0);

    public static IGuidelineKnowledge Fixed() => new FixedKnowledge(Base);

    private sealed class FixedKnowledge(KnowledgeBase knowledge) : IGuidelineKnowledge
    {
        public KnowledgeBase Current => knowledge;

        public KnowledgeReloadResult Reload() => new(true, knowledge.Entries.Count, []);
    }
}
