using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Deviations;

namespace VastbusBot.Features.Records.Commands;

/// <summary><c>rapportera avvikelse [kommun]</c> / <c>report deviation [municipality]</c>: the report form (personal chat only).</summary>
public sealed class ReportDeviationCommand(DeviationWorkflow workflow) : ITextCommand
{
    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["rapportera avvikelse", "ny avvikelse", "rapportera en avvikelse"],
        [UiLanguage.English] = ["report deviation", "report a deviation", "new deviation"],
    };

    public async Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!RecordReplies.IsPersonal(turn))
        {
            await turn.SendTextAsync(FormTexts.PersonalChatOnly.Format(turn.Language, Triggers[turn.Language][0]), cancellationToken);
            return;
        }

        if (RecordReplies.ActorOf(turn) is not { } actor)
        {
            await turn.ReplyAsync(RecordReplies.NoIdentity(turn.Language), cancellationToken);
            return;
        }

        await turn.ReplyAsync(await workflow.NewFormAsync(actor, turn.Language, argument, null, cancellationToken), cancellationToken);
    }
}

/// <summary>
/// <c>visa avvikelser [år] [status] [kommun]</c> / <c>show deviations [year] [status] [municipality]</c>: the deviations
/// the user handles and their own reports (personal chat only).
/// </summary>
public sealed class ShowDeviationsCommand(DeviationWorkflow workflow, IOrganisationRegistry registry, RecordClock clock) : ITextCommand
{
    // Status words as people type them, after CommandRouter.Normalize (lowercase, no diacritics).
    private static readonly Dictionary<string, DeviationStatus> StatusWords = new(StringComparer.Ordinal)
    {
        ["mottagen"] = DeviationStatus.Received,
        ["mottagna"] = DeviationStatus.Received,
        ["nya"] = DeviationStatus.Received,
        ["received"] = DeviationStatus.Received,
        ["new"] = DeviationStatus.Received,
        ["analys"] = DeviationStatus.UnderAnalysis,
        ["analysis"] = DeviationStatus.UnderAnalysis,
        ["under analys"] = DeviationStatus.UnderAnalysis,
        ["under analysis"] = DeviationStatus.UnderAnalysis,
        ["lost"] = DeviationStatus.Resolved,
        ["losta"] = DeviationStatus.Resolved,
        ["resolved"] = DeviationStatus.Resolved,
        ["lyft"] = DeviationStatus.Escalated,
        ["lyfta"] = DeviationStatus.Escalated,
        ["eskalerad"] = DeviationStatus.Escalated,
        ["eskalerade"] = DeviationStatus.Escalated,
        ["escalated"] = DeviationStatus.Escalated,
    };

    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["visa avvikelser", "mina avvikelser"],
        [UiLanguage.English] = ["show deviations", "list deviations", "my deviations"],
    };

    public async Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!RecordReplies.IsPersonal(turn))
        {
            await turn.SendTextAsync(FormTexts.PersonalChatOnly.Format(turn.Language, Triggers[turn.Language][0]), cancellationToken);
            return;
        }

        if (RecordReplies.ActorOf(turn) is not { } actor)
        {
            await turn.ReplyAsync(RecordReplies.NoIdentity(turn.Language), cancellationToken);
            return;
        }

        var year = clock.Today.Year;
        var args = CommandArguments.Parse(argument, year);
        if (args.InvalidYear is { } bad)
        {
            await turn.SendTextAsync(FormTexts.NotAYear.Format(turn.Language, bad, Triggers[turn.Language][0] + " " + year), cancellationToken);
            return;
        }

        var (status, rest) = TakeStatus(args.Words);
        string? groupId = null;
        if (rest is not null)
        {
            var group = GroupNames.Find(await registry.GetGroupsAsync(actor.TenantId, cancellationToken), rest);
            if (group is null)
            {
                await turn.SendTextAsync(DeviationTexts.UnknownFilter.Format(turn.Language, rest), cancellationToken);
                return;
            }

            groupId = group.Id;
        }

        await turn.ReplyAsync(await workflow.ListAsync(actor, turn.Language, args.Year ?? year, status, groupId, cancellationToken), cancellationToken);
    }

    /// <summary>A status word (or "under analys") among the words, and the words left.</summary>
    internal static (DeviationStatus? Status, string? Remainder) TakeStatus(IReadOnlyList<string> words)
    {
        var left = words.Select(CommandRouter.Normalize).ToList();
        var raw = words.ToList();
        for (var i = 0; i < left.Count; i++)
        {
            if (i + 1 < left.Count && StatusWords.TryGetValue(left[i] + " " + left[i + 1], out var two))
            {
                raw.RemoveRange(i, 2);
                return (two, raw.Count == 0 ? null : string.Join(' ', raw));
            }

            if (StatusWords.TryGetValue(left[i], out var one))
            {
                raw.RemoveAt(i);
                return (one, raw.Count == 0 ? null : string.Join(' ', raw));
            }
        }

        return (null, raw.Count == 0 ? null : string.Join(' ', raw));
    }
}
