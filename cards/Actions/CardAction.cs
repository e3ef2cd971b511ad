using System.Text.Json.Serialization;
using VastbusBot.Cards.Serialization;

namespace VastbusBot.Cards;

/// <summary>A button (or select action) of a card.</summary>
[JsonConverter(typeof(CardActionConverter))]
public abstract class CardAction
{
    protected CardAction(string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        Type = type;
    }

    /// <summary>The schema type name, e.g. "Action.Execute".</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-100)]
    public string Type { get; }

    [JsonPropertyOrder(-90)]
    public string? Id { get; set; }

    [JsonPropertyOrder(-80)]
    public string? Title { get; set; }

    public string? IconUrl { get; set; }

    public ActionStyle? Style { get; set; }

    /// <summary>Primary (button) or secondary (overflow menu), 1.5.</summary>
    public ActionMode? Mode { get; set; }

    /// <summary>Hover text and accessible description (1.5).</summary>
    public string? Tooltip { get; set; }

    public bool? IsEnabled { get; set; }

    /// <summary>What older clients use instead: another <see cref="CardAction"/> or <see cref="CardFallback.Drop"/>.</summary>
    [JsonPropertyOrder(100)]
    public object? Fallback { get; set; }
}
