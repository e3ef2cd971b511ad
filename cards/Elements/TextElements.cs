using System.Text.Json.Serialization;

namespace VastbusBot.Cards;

/// <summary>A block of (markdown-capable) text.</summary>
public sealed class TextBlock : CardElement
{
    public const string TypeName = "TextBlock";

    public TextBlock()
        : base(TypeName)
    {
    }

    public string Text { get; set; } = "";

    /// <summary>Wraps by default: truncated Swedish text helps nobody.</summary>
    public bool Wrap { get; set; } = true;

    public TextSize? Size { get; set; }

    public TextWeight? Weight { get; set; }

    public TextColor? Color { get; set; }

    public bool? IsSubtle { get; set; }

    public int? MaxLines { get; set; }

    public TextBlockStyle? Style { get; set; }

    public FontType? FontType { get; set; }
}

/// <summary>Text made of differently formatted runs.</summary>
public sealed class RichTextBlock : CardElement
{
    public const string TypeName = "RichTextBlock";

    public RichTextBlock()
        : base(TypeName)
    {
    }

    public IList<TextRun> Inlines { get; set; } = [];
}

/// <summary>One formatted run inside a <see cref="RichTextBlock"/> (no markdown).</summary>
public sealed class TextRun
{
    public const string TypeName = "TextRun";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-100)]
    public string Type => TypeName;

    public string Text { get; set; } = "";

    public TextSize? Size { get; set; }

    public TextWeight? Weight { get; set; }

    public TextColor? Color { get; set; }

    public bool? IsSubtle { get; set; }

    public FontType? FontType { get; set; }

    public bool? Italic { get; set; }

    public bool? Strikethrough { get; set; }

    public bool? Highlight { get; set; }

    public bool? Underline { get; set; }

    public CardAction? SelectAction { get; set; }
}
