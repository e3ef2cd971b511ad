using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;

namespace VastbusBot.Features.Records.Commands;

/// <summary>Turns service results into answers, and answers into messages, for commands and card actions alike.</summary>
internal static class RecordReplies
{
    /// <summary>The user behind the turn, or null when Teams did not say (then the caller answers <see cref="RecordsText.NoIdentity"/>).</summary>
    public static Actor? ActorOf(BotTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Actor.FromActivity(turn.Activity);
    }

    public static CardActionResult NoIdentity(UiLanguage language) => CardActionResult.Error(RecordsText.NoIdentity[language]);

    /// <summary>The message of a result that is not a success (forbidden, not found, conflict, invalid).</summary>
    public static CardActionResult Failure<T>(ServiceResult<T> result, UiLanguage language) => result switch
    {
        ServiceResult<T>.Forbidden f => CardActionResult.Error(f.Message[language]),
        ServiceResult<T>.NotFound n => CardActionResult.Error(n.Message[language]),
        ServiceResult<T>.Conflict c => CardActionResult.Error(c.Message[language]),
        ServiceResult<T>.ValidationFailed v => CardActionResult.Error(string.Join(" ", v.Errors.Select(e => e.Message[language]))),
        _ => throw new ArgumentException("Only a failure has a failure message.", nameof(result)),
    };

    /// <summary>Sends what a card action would answer as a message of its own (for typed commands).</summary>
    public static Task ReplyAsync(this BotTurn turn, CardActionResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return result switch
        {
            CardActionResult.CardResult card => turn.SendCardAsync(card.Card, cancellationToken),
            CardActionResult.MessageResult message => turn.SendTextAsync(message.Text, cancellationToken),
            CardActionResult.ErrorResult error => turn.SendTextAsync(error.Text, cancellationToken),
            _ => throw new ArgumentException("Unknown result " + result.GetType().Name, nameof(result)),
        };
    }

    /// <summary>True when the turn happens in a personal (1:1) chat with the bot.</summary>
    public static bool IsPersonal(BotTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Activity.Conversation?.ConversationType is null or "personal";
    }
}
