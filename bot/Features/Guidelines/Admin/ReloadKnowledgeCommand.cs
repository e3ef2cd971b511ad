using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Administration;
using VastbusBot.Features.Guidelines.Retrieval;

namespace VastbusBot.Features.Guidelines.Admin;

/// <summary><c>ladda om kunskapsbanken</c> / <c>reload knowledge base</c>: reads the YAML files again without a restart.</summary>
public sealed partial class ReloadKnowledgeCommand(IGuidelineKnowledge knowledge, IAdminPolicy admins, ILogger<ReloadKnowledgeCommand> logger) : ITextCommand
{
    private const int MaxErrorsShown = 10;

    private static readonly LocalizedText Reloaded = new(
        "Kunskapsbanken är omladdad: {0} svar används nu.",
        "The knowledge base has been reloaded: {0} answers are now in use.");

    private static readonly LocalizedText Invalid = new(
        "Kunskapsbanken laddades inte om – filerna har fel, och de {0} svaren från förut används fortfarande:",
        "The knowledge base was not reloaded – the files have errors, and the previous {0} answers are still in use:");

    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["ladda om kunskapsbanken", "ladda om kunskapsbank"],
        [UiLanguage.English] = ["reload knowledge base", "reload knowledge"],
    };

    public async Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!await admins.IsAdminAsync(turn.TenantId, turn.UserAadObjectId, cancellationToken))
        {
            await turn.SendTextAsync(turn.Text(AdminTexts.NotAdmin), cancellationToken);
            return;
        }

        var result = knowledge.Reload();
        LogReloaded(result.Succeeded, result.EntryCount, result.Errors.Count);
        var text = result.Succeeded
            ? Reloaded.Format(turn.Language, result.EntryCount)
            : Invalid.Format(turn.Language, result.EntryCount) + "\n" + string.Join("\n", result.Errors.Take(MaxErrorsShown).Select(e => "- " + e));
        await turn.SendTextAsync(text, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge base reload by an admin: succeeded {Succeeded}, {EntryCount} entries in use, {ErrorCount} errors")]
    private partial void LogReloaded(bool succeeded, int entryCount, int errorCount);
}
