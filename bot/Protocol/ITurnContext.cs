using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol;

/// <summary>One inbound activity plus the means to answer in its conversation.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    IConnectorClient Connector { get; }

    /// <summary>
    /// Posts to the turn's conversation (<c>POST /v3/conversations/{id}/activities</c>). Missing conversation, from,
    /// recipient, serviceUrl, channelId and locale are filled from the inbound activity.
    /// </summary>
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces a message the bot sent earlier (<c>PUT</c>), e.g. a card after a submit.</summary>
    Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Shows the typing indicator; send before slow work.</summary>
    Task SendTypingAsync(CancellationToken cancellationToken);
}
