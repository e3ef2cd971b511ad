using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.Protocol.Schema;

/// <summary>A user or bot in a conversation (<c>from</c>, <c>recipient</c>, members).</summary>
public sealed class ChannelAccount
{
    /// <summary>Teams ids: users <c>29:...</c>, bots <c>28:&lt;appId&gt;</c>.</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The user's Entra object id; absent for bots.</summary>
    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
