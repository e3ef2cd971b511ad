using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Records.Cards;

namespace VastbusBot.Features.Records.Commands;

/// <summary><c>logga möte [kommun]</c> / <c>log meeting [municipality]</c>: the meeting form.</summary>
public sealed class LogMeetingCommand(MeetingWorkflow workflow) : ITextCommand
{
    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["logga möte", "nytt möte", "logga mötet"],
        [UiLanguage.English] = ["log meeting", "log a meeting", "new meeting"],
    };

    public async Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (RecordReplies.ActorOf(turn) is not { } actor)
        {
            await turn.ReplyAsync(RecordReplies.NoIdentity(turn.Language), cancellationToken);
            return;
        }

        await turn.ReplyAsync(await workflow.NewFormAsync(actor, turn.Language, argument, null, cancellationToken), cancellationToken);
    }
}

/// <summary><c>visa möten [år] [kommun]</c> / <c>show meetings [year] [municipality]</c>: a year's meetings.</summary>
public sealed class ShowMeetingsCommand(MeetingWorkflow workflow, Organisation.IOrganisationRegistry registry, RecordClock clock) : ITextCommand
{
    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["visa möten", "visa mötena"],
        [UiLanguage.English] = ["show meetings", "list meetings"],
    };

    public async Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
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

        string? groupId = null;
        if (args.Rest is { } name)
        {
            var group = GroupNames.Find(await registry.GetGroupsAsync(actor.TenantId, cancellationToken), name);
            if (group is null)
            {
                await turn.SendTextAsync(FormTexts.UnknownGroupName.Format(turn.Language, name), cancellationToken);
                return;
            }

            groupId = group.Id;
        }

        await turn.ReplyAsync(await workflow.ListAsync(actor, turn.Language, args.Year ?? year, groupId, cancellationToken), cancellationToken);
    }
}
