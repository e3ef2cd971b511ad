using System.Text.Json.Nodes;

namespace VastbusBot.Protocol.Schema;

/// <summary>Body of <c>POST /v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    /// <summary><c>false</c> for a 1:1 chat (one member, tenant required); <c>true</c> for a new channel thread.</summary>
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public IList<ChannelAccount>? Members { get; set; }

    public string? TenantId { get; set; }

    /// <summary>Optional first message (required for a channel thread).</summary>
    public Activity? Activity { get; set; }

    /// <summary>For a channel thread: <c>{"channel":{"id":...}}</c>.</summary>
    public JsonObject? ChannelData { get; set; }
}
