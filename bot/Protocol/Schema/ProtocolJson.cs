using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace VastbusBot.Protocol.Schema;

/// <summary>The one JSON configuration used on the wire, inbound and outbound.</summary>
public static class ProtocolJson
{
    /// <summary>
    /// camelCase, case-insensitive reads, nulls omitted. Non-ASCII text (å, ä, ö) is written unescaped: the output
    /// goes to a JSON API, never into HTML, and escaping would inflate messages against Teams' size limit.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
