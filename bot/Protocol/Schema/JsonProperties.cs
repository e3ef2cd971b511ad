using System.Text.Json;

namespace VastbusBot.Protocol.Schema;

/// <summary>Tolerant readers for loosely typed JSON from the wire (property names compared case-insensitively).</summary>
internal static class JsonProperties
{
    public static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty(name, out value))
            {
                return true;
            }

            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    public static string? GetString(JsonElement element, string name) =>
        TryGetProperty(element, name, out var value) ? AsString(value) : null;

    public static string? AsString(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
