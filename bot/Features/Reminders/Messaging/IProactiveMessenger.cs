using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Features.Reminders.Messaging;

/// <summary>A user the bot can message proactively: their personal chat, language and time zone.</summary>
public sealed record ProactiveRecipient(
    string TenantId,
    string AadObjectId,
    ConversationReference Reference,
    UiLanguage Language,
    TimeZoneInfo? Zone)
{
    public string? Name => Reference.UserName;
}

/// <summary>How a proactive send ended, and what the caller may do next.</summary>
public enum ProactiveSendStatus
{
    /// <summary>Teams accepted the message.</summary>
    Sent,

    /// <summary>403/404: the user removed the app, blocked the bot, or the chat is gone. Final for this recipient.</summary>
    RecipientGone,

    /// <summary>Certainly not delivered (stopped before sending, throttled after retries, connection refused): may be tried again.</summary>
    NotSent,

    /// <summary>Maybe delivered (5xx, timeout): not retried, since a POST to Teams has no idempotency key.</summary>
    Uncertain,

    /// <summary>Teams refused the message itself (400, 413, untrusted service URL): a bug or misconfiguration; not retried.</summary>
    Rejected,
}

public sealed record ProactiveSendResult(ProactiveSendStatus Status, string? ActivityId = null, string? Detail = null)
{
    /// <summary>True when the send was refused for going too fast: the caller should stop this run and back off.</summary>
    public bool Throttled { get; init; }
}

/// <summary>
/// Sends cards to users' personal chats. The real implementation is <see cref="ConnectorProactiveMessenger"/> on the
/// stored conversation references and the Bot Connector; other features (e.g. deviation notices) can use it too.
/// </summary>
public interface IProactiveMessenger
{
    /// <summary>The user's personal chat with the bot, or null when they never opened it or removed the app.</summary>
    Task<ProactiveRecipient?> FindRecipientAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// Sends <paramref name="card"/>. <paramref name="cancellationToken"/> is honoured only until the request to Teams
    /// starts; after that the send is finished so its outcome can be recorded.
    /// </summary>
    Task<ProactiveSendResult> SendCardAsync(ProactiveRecipient recipient, AdaptiveCard card, CancellationToken cancellationToken);
}
