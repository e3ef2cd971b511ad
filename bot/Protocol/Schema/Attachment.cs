using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.Protocol.Schema;

/// <summary>An attachment, in practice an Adaptive Card.</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    /// <summary>
    /// Outbound: any object, serialized with its runtime type. Inbound: a <see cref="JsonElement"/>.
    /// </summary>
    public object? Content { get; set; }

    public string? ContentUrl { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Wraps an Adaptive Card object (serialized with its runtime type).</summary>
    public static Attachment AdaptiveCard(object card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = AdaptiveCardContentType, Content = card };
    }
}
