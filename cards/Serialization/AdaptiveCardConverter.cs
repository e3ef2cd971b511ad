using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.Cards.Serialization;

/// <summary>
/// Writes and reads <see cref="AdaptiveCard"/> with <see cref="CardJson.Options"/>, ignoring the caller's options,
/// so a card embedded in any activity serializes in the one shape Teams expects.
/// </summary>
internal sealed class AdaptiveCardConverter : JsonConverter<AdaptiveCard>
{
    public override AdaptiveCard? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("An Adaptive Card must be a JSON object.");
        }

        if (root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() != AdaptiveCard.TypeName)
        {
            throw new JsonException($"Expected \"type\": \"{AdaptiveCard.TypeName}\" but found \"{type.GetString()}\".");
        }

        var card = new AdaptiveCard();
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "version":
                    card.Version = value.GetString() ?? AdaptiveCard.DefaultVersion;
                    break;
                case "body":
                    card.Body = Deserialize<List<CardElement>>(value) ?? [];
                    break;
                case "actions":
                    card.Actions = Deserialize<List<CardAction>>(value);
                    break;
                case "lang":
                    card.Lang = value.GetString();
                    break;
                case "fallbackText":
                    card.FallbackText = value.GetString();
                    break;
                case "speak":
                    card.Speak = value.GetString();
                    break;
                case "refresh":
                    card.Refresh = Deserialize<CardRefresh>(value);
                    break;
                case "msteams":
                    card.MsTeams = Deserialize<TeamsCardProperties>(value);
                    break;
                case "verticalContentAlignment":
                    card.VerticalContentAlignment = Deserialize<VerticalContentAlignment?>(value);
                    break;
                case "minHeight":
                    card.MinHeight = value.GetString();
                    break;
                case "selectAction":
                    card.SelectAction = Deserialize<CardAction>(value);
                    break;
                default:
                    // "type", "$schema" and properties this model does not know.
                    break;
            }
        }

        return card;
    }

    public override void Write(Utf8JsonWriter writer, AdaptiveCard value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("type", AdaptiveCard.TypeName);
        writer.WriteString("$schema", AdaptiveCard.SchemaUrl);
        writer.WriteString("version", value.Version);
        WriteIfSet(writer, "lang", value.Lang);
        WriteIfSet(writer, "fallbackText", value.FallbackText);
        WriteIfSet(writer, "speak", value.Speak);
        WriteIfSet(writer, "msteams", value.MsTeams);
        WriteIfSet(writer, "refresh", value.Refresh);
        WriteIfSet(writer, "verticalContentAlignment", value.VerticalContentAlignment);
        WriteIfSet(writer, "minHeight", value.MinHeight);
        WriteIfSet(writer, "selectAction", value.SelectAction);
        writer.WritePropertyName("body");
        JsonSerializer.Serialize(writer, value.Body ?? [], CardJson.Options);
        WriteIfSet(writer, "actions", value.Actions);
        writer.WriteEndObject();
    }

    private static T? Deserialize<T>(JsonElement value) => value.Deserialize<T>(CardJson.Options);

    private static void WriteIfSet<T>(Utf8JsonWriter writer, string name, T? value)
    {
        if (value is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, CardJson.Options);
    }
}
