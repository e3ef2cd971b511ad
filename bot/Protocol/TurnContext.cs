using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol;

/// <summary>The default <see cref="ITurnContext"/>: answers through <see cref="IConnectorClient"/>.</summary>
public sealed class TurnContext : ITurnContext
{
    public TurnContext(Activity activity, IConnectorClient connector)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(connector);
        Activity = activity;
        Connector = connector;
    }

    public Activity Activity { get; }

    public IConnectorClient Connector { get; }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity);
        return Connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var (serviceUrl, conversationId) = Address(activity);
        activity.Id = activityId;
        return Connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
    }

    public Task SendTypingAsync(CancellationToken cancellationToken) =>
        SendAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);

    private (Uri ServiceUrl, string ConversationId) Address(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var inbound = Activity;
        var reply = inbound.CreateReply();
        activity.Conversation ??= reply.Conversation;
        activity.From ??= reply.From;
        activity.Recipient ??= reply.Recipient;
        activity.ServiceUrl ??= inbound.ServiceUrl;
        activity.ChannelId ??= inbound.ChannelId;
        activity.Locale ??= inbound.Locale;

        if (string.IsNullOrEmpty(activity.ServiceUrl) || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            throw new InvalidOperationException("The outbound activity has no valid serviceUrl.");
        }

        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            throw new InvalidOperationException("The outbound activity has no conversation id.");
        }

        return (serviceUrl, activity.Conversation.Id);
    }
}
