namespace VastbusBot.Protocol.Schema;

/// <summary>Answer of <c>POST /v3/conversations</c>.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    /// <summary>The id of the first message, when one was sent with the request.</summary>
    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}
