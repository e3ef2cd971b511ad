using System.Text.Json.Serialization;
using VastbusBot.Cards.Serialization;

namespace VastbusBot.Cards;

/// <summary>An element of a card body (or of a container's items).</summary>
[JsonConverter(typeof(CardElementConverter))]
public abstract class CardElement
{
    protected CardElement(string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        Type = type;
    }

    /// <summary>The schema type name, e.g. "TextBlock".</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-100)]
    public string Type { get; }

    /// <summary>Element id; required for inputs (it is the key of the submitted value).</summary>
    [JsonPropertyOrder(-90)]
    public string? Id { get; set; }

    public Spacing? Spacing { get; set; }

    public bool? Separator { get; set; }

    public bool? IsVisible { get; set; }

    public HorizontalAlignment? HorizontalAlignment { get; set; }

    /// <summary>"auto" or "stretch" (for an <see cref="Image"/> also pixels, e.g. "50px").</summary>
    public string? Height { get; set; }

    /// <summary>What older clients show instead: another <see cref="CardElement"/> or <see cref="CardFallback.Drop"/>.</summary>
    [JsonPropertyOrder(100)]
    public object? Fallback { get; set; }
}

/// <summary>Base of the input elements; their values are merged into the submitted action data by <see cref="CardElement.Id"/>.</summary>
public abstract class CardInput : CardElement
{
    protected CardInput(string type)
        : base(type)
    {
    }

    /// <summary>Visible label (1.3); Teams and screen readers need it, so always set it.</summary>
    public string? Label { get; set; }

    public bool? IsRequired { get; set; }

    /// <summary>Shown when a required input is empty or fails validation.</summary>
    public string? ErrorMessage { get; set; }
}

/// <summary>Special fallback values.</summary>
public static class CardFallback
{
    /// <summary>Drop the element or action on clients that cannot render it.</summary>
    public const string Drop = "drop";
}
