using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.Cards.Serialization;

/// <summary>Writes a <see cref="SerializedCard"/> as its stored JSON, byte for byte; reads it as a card.</summary>
internal sealed class SerializedCardConverter : JsonConverter<SerializedCard>
{
    public override SerializedCard? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var card = JsonSerializer.Deserialize<AdaptiveCard>(ref reader, CardJson.Options);
        return card is null ? null : SerializedCard.Create(card, int.MaxValue);
    }

    public override void Write(Utf8JsonWriter writer, SerializedCard value, JsonSerializerOptions options) =>
        // The bytes come from JsonSerializer (SerializedCard.Create), so they are one complete JSON value.
        writer.WriteRawValue(value.Utf8Json.Span, skipInputValidation: true);
}
