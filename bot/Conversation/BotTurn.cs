using VastbusBot.Conversation.Localization;
using VastbusBot.Protocol;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Conversation;

/// <summary>One turn as the features see it: the protocol turn plus who is talking and in which language.</summary>
public sealed class BotTurn(ITurnContext context, UiLanguage language)
{
    public ITurnContext Context { get; } = context;

    public Activity Activity => Context.Activity;

    public UiLanguage Language { get; } = language;

    public string TenantId => Activity.GetTenantId() ?? string.Empty;

    public string? UserAadObjectId => Activity.From?.AadObjectId;

    public string? UserName => Activity.From?.Name;

    public string Text(LocalizedText text) => text[Language];

    /// <summary>Sends a plain text message to the conversation.</summary>
    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken cancellationToken)
    {
        var message = Activity.CreateMessage(text);
        message.TextFormat = "plain";
        return Context.SendAsync(message, cancellationToken);
    }

    /// <summary>Sends an Adaptive Card as its own message (Teams splits text plus card into two messages).</summary>
    /// <exception cref="Cards.CardTooLargeException">The card is over the size budget; nothing is sent.</exception>
    public Task<ResourceResponse> SendCardAsync(Cards.AdaptiveCard card, CancellationToken cancellationToken) =>
        Context.SendAsync(CardMessage.Create(card), cancellationToken);

    /// <summary>Sends a card serialized earlier: for cards that are the same on every turn, serialized once.</summary>
    public Task<ResourceResponse> SendCardAsync(Cards.SerializedCard card, CancellationToken cancellationToken) =>
        Context.SendAsync(CardMessage.Create(card), cancellationToken);
}
