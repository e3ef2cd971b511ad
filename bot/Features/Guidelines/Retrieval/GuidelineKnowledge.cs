using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;

namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>What a reload did: the new entry count, or the errors (file and field) that kept the old version.</summary>
public sealed record KnowledgeReloadResult(bool Succeeded, int EntryCount, IReadOnlyList<string> Errors)
{
    public static KnowledgeReloadResult Success(int entryCount) => new(true, entryCount, []);

    public static KnowledgeReloadResult Failure(IReadOnlyList<string> errors, int keptEntryCount) => new(false, keptEntryCount, errors);
}

/// <summary>
/// The loaded knowledge base and its search index. Loads and validates the YAML folder when created (so a broken
/// knowledge base stops the bot at start with the file and field of every error), searches from any number of
/// threads, and reloads without a restart: the new version replaces the old one in a single step, and only if it
/// is valid.
/// </summary>
public sealed partial class GuidelineKnowledge : IGuidelineSearch, IGuidelineKnowledge
{
    private readonly string _directory;
    private readonly SearchSettings _settings;
    private readonly ILogger<GuidelineKnowledge> _logger;
    private readonly Lock _reloadLock = new();
    private volatile Snapshot _current;

    public GuidelineKnowledge(IOptions<GuidelineOptions> options, ILogger<GuidelineKnowledge> logger)
        : this(options.Value.ResolveKnowledgePath(), options.Value.ToSearchSettings(), logger)
    {
    }

    /// <exception cref="KnowledgeBaseException">The files are invalid; the message lists every file and field.</exception>
    public GuidelineKnowledge(string directory, SearchSettings? settings = null, ILogger<GuidelineKnowledge>? logger = null)
    {
        _directory = directory;
        _settings = settings ?? new SearchSettings();
        _logger = logger ?? NullLogger<GuidelineKnowledge>.Instance;
        _current = Load();
    }

    /// <summary>The knowledge base the current index was built from.</summary>
    public KnowledgeBase KnowledgeBase => _current.KnowledgeBase;

    KnowledgeBase IGuidelineKnowledge.Current => KnowledgeBase;

    /// <summary>The folder the knowledge base is read from.</summary>
    public string Directory => _directory;

    public GuidelineSearchResult Search(string question, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(question);

        // One read of the field: a search never mixes two versions, even while a reload swaps them.
        var result = _current.Engine.Search(question, language);
        LogSearch(result.Outcome, result.Candidates.Count > 0 ? result.Candidates[0].Entry.Id : "-", result.Candidates.Count > 0 ? result.Candidates[0].Confidence : 0);
        return result;
    }

    /// <summary>
    /// Reads and validates the folder again and, if it is valid, switches to it. If not, the current version stays
    /// in use and the result names every file and field in error.
    /// </summary>
    public KnowledgeReloadResult Reload()
    {
        lock (_reloadLock)
        {
            Snapshot next;
            try
            {
                next = Load();
            }
            catch (KnowledgeBaseException ex)
            {
                LogReloadRejected(ex.Errors.Count, string.Join(" | ", ex.Errors));
                return KnowledgeReloadResult.Failure(ex.Errors, _current.KnowledgeBase.Entries.Count);
            }

            // Searches that already hold the old snapshot finish on it; it is released when the last reference goes.
            _current = next;
            return KnowledgeReloadResult.Success(next.KnowledgeBase.Entries.Count);
        }
    }

    /// <summary>How the current index reads a question (diagnostics for tests and tuning).</summary>
    internal string Explain(string question) => _current.Engine.Explain(question);

    private Snapshot Load()
    {
        var stopwatch = Stopwatch.StartNew();
        var knowledgeBase = KnowledgeBaseLoader.Load(_directory);
        var engine = GuidelineSearchEngine.Build(knowledgeBase, _settings);
        LogLoaded(knowledgeBase.Entries.Count, _directory, stopwatch.ElapsedMilliseconds);
        return new Snapshot(knowledgeBase, engine);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guideline knowledge base loaded: {EntryCount} entries from {Directory}, indexed in {ElapsedMs} ms")]
    private partial void LogLoaded(int entryCount, string directory, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guideline knowledge base reload rejected, keeping the current version: {ErrorCount} errors: {Errors}")]
    private partial void LogReloadRejected(int errorCount, string errors);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Guideline search: {Outcome}, top {EntryId} at {Confidence:F2}")]
    private partial void LogSearch(SearchOutcome outcome, string entryId, double confidence);

    private sealed record Snapshot(KnowledgeBase KnowledgeBase, GuidelineSearchEngine Engine);
}
