using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.Cards;

/// <summary>
/// A target of <see cref="ToggleVisibilityAction"/>: written as the bare id when <see cref="IsVisible"/> is null
/// (toggle), otherwise as <c>{"elementId", "isVisible"}</c>. A string converts implicitly, so
/// <c>TargetElements = ["details"]</c> works.
/// </summary>
[JsonConverter(typeof(TargetElementConverter))]
public sealed record TargetElement(string ElementId, bool? IsVisible = null)
{
    public static implicit operator TargetElement(string elementId) => FromElementId(elementId);

    public static TargetElement FromElementId(string elementId) => new(elementId);

    private sealed class TargetElementConverter : JsonConverter<TargetElement>
    {
        public override TargetElement? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new TargetElement(reader.GetString()!);
            }

            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("elementId", out var id) || id.ValueKind != JsonValueKind.String)
            {
                throw new JsonException("A target element must be a string or an object with a string \"elementId\".");
            }

            bool? isVisible = root.TryGetProperty("isVisible", out var visible) && visible.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? visible.GetBoolean()
                : null;
            return new TargetElement(id.GetString()!, isVisible);
        }

        public override void Write(Utf8JsonWriter writer, TargetElement value, JsonSerializerOptions options)
        {
            if (value.IsVisible is not { } isVisible)
            {
                writer.WriteStringValue(value.ElementId);
                return;
            }

            writer.WriteStartObject();
            writer.WriteString("elementId", value.ElementId);
            writer.WriteBoolean("isVisible", isVisible);
            writer.WriteEndObject();
        }
    }
}
