using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.Cards.Serialization;

/// <summary>
/// Polymorphic (de)serialization on the <c>"type"</c> property. Writing delegates to the runtime type, whose own
/// contract carries <c>type</c> as a normal property, so the discriminator is also written when an object is
/// reached through a concrete or <see cref="object"/>-typed member (a refresh action, a fallback).
/// </summary>
internal abstract class CardObjectConverter<TBase> : JsonConverter<TBase>
    where TBase : class
{
    private readonly FrozenDictionary<string, Type> _typesByName;

    protected CardObjectConverter(IEnumerable<KeyValuePair<string, Type>> typesByName)
    {
        _typesByName = typesByName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("type", out var typeProperty)
            || typeProperty.ValueKind != JsonValueKind.String)
        {
            throw new JsonException($"A {typeof(TBase).Name} must be an object with a string \"type\" property.");
        }

        var typeName = typeProperty.GetString()!;
        if (!_typesByName.TryGetValue(typeName, out var type))
        {
            throw new JsonException($"Unknown {typeof(TBase).Name} type \"{typeName}\".");
        }

        return (TBase?)root.Deserialize(type, options);
    }

    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}

/// <summary>Polymorphic converter for every <see cref="CardElement"/> of the model.</summary>
internal sealed class CardElementConverter() : CardObjectConverter<CardElement>(
[
    new(TextBlock.TypeName, typeof(TextBlock)),
    new(RichTextBlock.TypeName, typeof(RichTextBlock)),
    new(Image.TypeName, typeof(Image)),
    new(Container.TypeName, typeof(Container)),
    new(ColumnSet.TypeName, typeof(ColumnSet)),
    new(Column.TypeName, typeof(Column)),
    new(FactSet.TypeName, typeof(FactSet)),
    new(ActionSet.TypeName, typeof(ActionSet)),
    new(Table.TypeName, typeof(Table)),
    new(InputText.TypeName, typeof(InputText)),
    new(InputDate.TypeName, typeof(InputDate)),
    new(InputTime.TypeName, typeof(InputTime)),
    new(InputNumber.TypeName, typeof(InputNumber)),
    new(InputToggle.TypeName, typeof(InputToggle)),
    new(InputChoiceSet.TypeName, typeof(InputChoiceSet)),
]);

/// <summary>Polymorphic converter for every <see cref="CardAction"/> of the model.</summary>
internal sealed class CardActionConverter() : CardObjectConverter<CardAction>(
[
    new(ExecuteAction.TypeName, typeof(ExecuteAction)),
    new(SubmitAction.TypeName, typeof(SubmitAction)),
    new(OpenUrlAction.TypeName, typeof(OpenUrlAction)),
    new(ShowCardAction.TypeName, typeof(ShowCardAction)),
    new(ToggleVisibilityAction.TypeName, typeof(ToggleVisibilityAction)),
]);
