using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.Cards;

/// <summary>
/// Width of a <see cref="Column"/> or <see cref="TableColumnDefinition"/>: "auto", "stretch", a relative weight
/// (written as a JSON number) or pixels ("50px"). Converts implicitly from an int weight and from those strings.
/// </summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public readonly record struct ColumnWidth
{
    private const string AutoKeyword = "auto";
    private const string StretchKeyword = "stretch";

    private readonly string? _keyword;

    private ColumnWidth(string? keyword, double? weight, int? pixels)
    {
        _keyword = keyword;
        Weight = weight;
        Pixels = pixels;
    }

    /// <summary>"auto"; also the value of <c>default(ColumnWidth)</c>.</summary>
    public static ColumnWidth Auto => default;

    public static ColumnWidth Stretch => new(StretchKeyword, null, null);

    /// <summary>The relative weight, when this is a weighted width.</summary>
    public double? Weight { get; }

    /// <summary>The width in pixels, when this is a pixel width.</summary>
    public int? Pixels { get; }

    public static ColumnWidth Weighted(double weight) =>
        weight > 0 && double.IsFinite(weight)
            ? new(null, weight, null)
            : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A column weight must be a positive number.");

    public static ColumnWidth FromPixels(int pixels) =>
        pixels > 0
            ? new(null, null, pixels)
            : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "A pixel width must be positive.");

    /// <summary>Parses "auto", "stretch", "50px" or a number (a weight).</summary>
    public static ColumnWidth Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (text.Equals(AutoKeyword, StringComparison.OrdinalIgnoreCase))
        {
            return Auto;
        }

        if (text.Equals(StretchKeyword, StringComparison.OrdinalIgnoreCase))
        {
            return Stretch;
        }

        if (text.EndsWith("px", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels))
        {
            return FromPixels(pixels);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
        {
            return Weighted(weight);
        }

        throw new FormatException($"\"{value}\" is not a column width (auto, stretch, a weight or e.g. 50px).");
    }

    public static implicit operator ColumnWidth(int weight) => Weighted(weight);

    public static implicit operator ColumnWidth(string value) => Parse(value);

    public static ColumnWidth FromInt32(int weight) => Weighted(weight);

    public static ColumnWidth FromString(string value) => Parse(value);

    /// <summary>The schema text: "auto", "stretch", "50px" or the weight.</summary>
    public override string ToString() =>
        Weight is { } weight ? weight.ToString(CultureInfo.InvariantCulture)
        : Pixels is { } pixels ? pixels.ToString(CultureInfo.InvariantCulture) + "px"
        : _keyword ?? AutoKeyword;

    private sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
    {
        public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.Number => Weighted(reader.GetDouble()),
                JsonTokenType.String => ParseOrThrowJson(reader.GetString()!),
                _ => throw new JsonException("A column width must be a number or a string."),
            };

        public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
        {
            if (value.Weight is { } weight)
            {
                writer.WriteNumberValue(weight);
            }
            else
            {
                writer.WriteStringValue(value.ToString());
            }
        }

        private static ColumnWidth ParseOrThrowJson(string text)
        {
            try
            {
                return Parse(text);
            }
            catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
            {
                throw new JsonException(e.Message, e);
            }
        }
    }
}
