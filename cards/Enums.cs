using System.Text.Json.Serialization;
using VastbusBot.Cards.Serialization;

namespace VastbusBot.Cards;

// Enum members serialize as the camelCase strings of the Adaptive Card schema (via the attribute, so any
// JsonSerializerOptions produce the same strings).

/// <summary>Space above an element.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Spacing>))]
public enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}

/// <summary>Text size (schema type FontSize).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextSize>))]
public enum TextSize
{
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
}

/// <summary>Text weight (schema type FontWeight).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextWeight>))]
public enum TextWeight
{
    Lighter,
    Default,
    Bolder,
}

/// <summary>Text colour (schema type Colors).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}

/// <summary>Font family.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FontType>))]
public enum FontType
{
    Default,
    Monospace,
}

/// <summary>TextBlock style (1.5): a heading is announced as such by screen readers.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    Default,
    Heading,
}

/// <summary>Horizontal alignment of an element or of table cell content.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>Vertical alignment of the content of a card, container, column or table cell.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<VerticalContentAlignment>))]
public enum VerticalContentAlignment
{
    Top,
    Center,
    Bottom,
}

/// <summary>Background style of a container, column, table or cell.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}

/// <summary>Image size.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ImageSize>))]
public enum ImageSize
{
    Auto,
    Stretch,
    Small,
    Medium,
    Large,
}

/// <summary>Image style; <see cref="Person"/> crops to a circle.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ImageStyle>))]
public enum ImageStyle
{
    Default,
    Person,
}

/// <summary>Action button style.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}

/// <summary>Whether an action is shown as a button (primary) or in the overflow menu (secondary); 1.5.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ActionMode>))]
public enum ActionMode
{
    Primary,
    Secondary,
}

/// <summary>Which inputs an Action.Submit / Action.Execute sends and validates.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    Auto,
    None,
}

/// <summary>Input.Text keyboard/validation style.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
    Password,
}

/// <summary>Input.ChoiceSet presentation; <see cref="Filtered"/> (1.5) is a type-ahead list.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
    Filtered,
}

/// <summary>Teams card width (<c>msteams.width</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TeamsCardWidth>))]
public enum TeamsCardWidth
{
    /// <summary>Use the full width of the conversation (serialized as "Full", as Teams spells it).</summary>
    Full,
}
