using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol;

/// <summary>
/// The Bot Connector REST API (<c>/v3/conversations/...</c>) relative to a conversation's service URL. Non-2xx answers
/// throw <see cref="ConnectorException"/>; an untrusted service URL throws <see cref="UntrustedServiceUrlException"/>
/// before anything is sent.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken ct);

    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{activityId}</c> (a thread reply in channels).</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c>; the body replaces the message.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);

    /// <summary><c>DELETE /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken ct);

    /// <summary><c>POST /v3/conversations</c>: a 1:1 chat with a user, or a new channel thread.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken ct);
}
