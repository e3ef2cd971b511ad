using VastbusBot.Cards;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Conversation;

/// <summary>The message activity that carries one Adaptive Card, for replies and proactive sends alike.</summary>
public static class CardMessage
{
    /// <summary>
    /// A message with <paramref name="card"/> as its only attachment, serialized once (the JSON measured against the
    /// size budget is the JSON sent), and the card's fallback text as the summary Teams shows in notifications.
    /// </summary>
    /// <exception cref="CardTooLargeException">The card is over the size budget.</exception>
    public static Activity Create(AdaptiveCard card) => Create(SerializedCard.Create(card));

    /// <summary>A message with an already serialized (and budget-checked) card, e.g. one a feature keeps for reuse.</summary>
    public static Activity Create(SerializedCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var message = Activity.CreateMessage();
        message.Attachments = [Attachment.AdaptiveCard(card)];
        message.Summary = card.Card.FallbackText;
        return message;
    }
}
