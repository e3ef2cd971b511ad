namespace VastbusBot.Cards;

/// <summary>An image; use <see cref="CardElement.Height"/> for a pixel height.</summary>
public sealed class Image : CardElement
{
    public const string TypeName = "Image";

    public Image()
        : base(TypeName)
    {
    }

    public string Url { get; set; } = "";

    /// <summary>Read by screen readers; always set it.</summary>
    public string? AltText { get; set; }

    public ImageSize? Size { get; set; }

    public ImageStyle? Style { get; set; }

    /// <summary>Pixel width, e.g. "48px".</summary>
    public string? Width { get; set; }

    public string? BackgroundColor { get; set; }

    public CardAction? SelectAction { get; set; }
}
