using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.Protocol.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    /// <summary>Personal <c>a:...</c>, group chat <c>19:...@thread.v2</c>, channel <c>19:...@thread.tacv2</c> (a thread adds <c>;messageid=...</c>).</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
