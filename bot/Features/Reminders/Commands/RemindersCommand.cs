using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Reminders.Cards;

namespace VastbusBot.Features.Reminders.Commands;

/// <summary>
/// <c>påminnelser</c> / <c>reminders</c>: the user's reminders card. <c>påminnelser pausa</c> / <c>reminders pause</c>
/// and <c>påminnelser återuppta</c> / <c>reminders resume</c> act at once.
/// </summary>
public sealed class RemindersCommand(ReminderPreferencesService service) : ITextCommand
{
    private static readonly string[] PauseWords = ["pausa", "paus", "pause", "stopp", "stop", "av", "off"];
    private static readonly string[] ResumeWords = ["återuppta", "fortsätt", "resume", "start", "på", "on"];

    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["påminnelser", "påminnelse", "mina påminnelser"],
        [UiLanguage.English] = ["reminders", "reminder", "my reminders"],
    };

    public async Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (string.IsNullOrEmpty(turn.UserAadObjectId))
        {
            await turn.SendTextAsync(turn.Text(ReminderTexts.NoUser), cancellationToken);
            return;
        }

        var word = CommandRouter.Normalize(argument);
        var zone = RemindersCardActions.TimeZoneOf(turn);
        ReminderOverview overview;
        string? notice = null;
        if (Matches(word, PauseWords))
        {
            overview = await service.PauseAsync(turn.TenantId, turn.UserAadObjectId, zone, cancellationToken);
            notice = turn.Text(ReminderTexts.Paused);
        }
        else if (Matches(word, ResumeWords))
        {
            overview = await service.ResumeAsync(turn.TenantId, turn.UserAadObjectId, zone, cancellationToken);
            notice = turn.Text(ReminderTexts.Resumed);
        }
        else
        {
            overview = await service.GetOverviewAsync(turn.TenantId, turn.UserAadObjectId, cancellationToken);
        }

        await turn.SendCardAsync(ReminderCards.Overview(overview, turn.Language, notice), cancellationToken);
    }

    private static bool Matches(string word, string[] words) =>
        word.Length > 0 && words.Any(w => CommandRouter.Normalize(w) == word);
}
