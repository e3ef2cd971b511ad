using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.Protocol.Schema;

/// <summary>
/// An activity entity (<c>mention</c>, <c>clientInfo</c>, ...). Only the type is modelled; everything else stays in
/// <see cref="ExtensionData"/> so entities round-trip untouched.
/// </summary>
public sealed class Entity
{
    public const string MentionType = "mention";
    public const string ClientInfoType = "clientInfo";

    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Builds a mention entity; put the same <see cref="Mention.Text"/> into the message text.</summary>
    public static Entity CreateMention(string mentionedId, string mentionedName)
    {
        ArgumentException.ThrowIfNullOrEmpty(mentionedId);
        ArgumentNullException.ThrowIfNull(mentionedName);
        var mentioned = JsonSerializer.SerializeToElement(new ChannelAccount { Id = mentionedId, Name = mentionedName }, ProtocolJson.Options);
        return new Entity
        {
            Type = MentionType,
            ExtensionData = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
            {
                ["mentioned"] = mentioned,
                ["text"] = JsonSerializer.SerializeToElement($"<at>{mentionedName}</at>", ProtocolJson.Options),
            },
        };
    }

    /// <summary>Reads this entity as a mention, or null when it is not one.</summary>
    public Mention? AsMention()
    {
        if (!string.Equals(Type, MentionType, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? id = null;
        string? name = null;
        if (TryGet("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object)
        {
            id = JsonProperties.GetString(mentioned, "id");
            name = JsonProperties.GetString(mentioned, "name");
        }

        return new Mention(id, name, TryGet("text", out var text) ? JsonProperties.AsString(text) : null);
    }

    /// <summary>Reads this entity as client info, or null when it is not one.</summary>
    public ClientInfo? AsClientInfo()
    {
        if (!string.Equals(Type, ClientInfoType, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new ClientInfo(GetString("locale"), GetString("country"), GetString("platform"), GetString("timezone"));
    }

    private string? GetString(string name) => TryGet(name, out var value) ? JsonProperties.AsString(value) : null;

    private bool TryGet(string name, out JsonElement value)
    {
        if (ExtensionData is not null)
        {
            foreach (var pair in ExtensionData)
            {
                if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = pair.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}

/// <summary>A <c>mention</c> entity: who was mentioned and the <c>&lt;at&gt;...&lt;/at&gt;</c> text used in the message.</summary>
public sealed record Mention(string? MentionedId, string? MentionedName, string? Text);

/// <summary>A <c>clientInfo</c> entity; <see cref="Timezone"/> is an IANA name.</summary>
public sealed record ClientInfo(string? Locale, string? Country, string? Platform, string? Timezone);
