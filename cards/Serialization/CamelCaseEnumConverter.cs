using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.Cards.Serialization;

/// <summary>Writes enum members as camelCase strings and rejects numbers, whatever the caller's options.</summary>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
