using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace VastbusBot.Cards;

/// <summary>The canonical JSON form of cards: camelCase, schema enum strings, nulls omitted.</summary>
public static class CardJson
{
    /// <summary>Read-only options used for every card (and for its parts, whatever options the caller uses).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, Options);
    }

    /// <summary>The same JSON as <see cref="Serialize"/>, UTF-8 encoded.</summary>
    public static byte[] SerializeToUtf8Bytes(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToUtf8Bytes(card, Options);
    }

    /// <summary>The card as a <see cref="JsonElement"/>, e.g. for an attachment's <c>content</c>.</summary>
    public static JsonElement ToJsonElement(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToElement(card, Options);
    }

    /// <summary>Reads a card written by this model (unknown properties are ignored; data and fallbacks stay JSON).</summary>
    /// <exception cref="JsonException">The JSON is not a card this model understands.</exception>
    public static AdaptiveCard Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<AdaptiveCard>(json, Options)
            ?? throw new JsonException("The JSON is null, not an Adaptive Card.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Swedish letters stay readable (and are measured as one UTF-16 unit each by CardBudget).
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
