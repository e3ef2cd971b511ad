using System.Text.Json.Serialization;

namespace VastbusBot.Cards;

/// <summary>A table (1.5). Older mobile clients may not render it: give it a <see cref="CardElement.Fallback"/>.</summary>
public sealed class Table : CardElement
{
    public const string TypeName = "Table";

    public Table()
        : base(TypeName)
    {
    }

    public IList<TableColumnDefinition> Columns { get; set; } = [];

    public IList<TableRow> Rows { get; set; } = [];

    /// <summary>Default true. Written under both spellings, see <see cref="FirstRowAsHeaders"/>.</summary>
    public bool? FirstRowAsHeader { get; set; }

    public bool? ShowGridLines { get; set; }

    public ContainerStyle? GridStyle { get; set; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; set; }

    public VerticalContentAlignment? VerticalCellContentAlignment { get; set; }

    // The schema documents "firstRowAsHeader" but the renderers read "firstRowAsHeaders"
    // (microsoft/AdaptiveCards#8599, MicrosoftDocs/msteams-docs#9241), so the value is written under both names.
    [JsonInclude]
    [JsonPropertyName("firstRowAsHeaders")]
    private bool? FirstRowAsHeaders => FirstRowAsHeader;
}

/// <summary>Width and default alignment of one table column.</summary>
public sealed class TableColumnDefinition
{
    /// <summary>A relative weight (1) or pixels ("80px"); "auto"/"stretch" are not allowed in tables.</summary>
    public ColumnWidth? Width { get; set; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; set; }

    public VerticalContentAlignment? VerticalCellContentAlignment { get; set; }
}

/// <summary>One row of a <see cref="Table"/>.</summary>
public sealed class TableRow
{
    public const string TypeName = "TableRow";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-100)]
    public string Type => TypeName;

    public IList<TableCell> Cells { get; set; } = [];

    public ContainerStyle? Style { get; set; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; set; }

    public VerticalContentAlignment? VerticalCellContentAlignment { get; set; }
}

/// <summary>One cell of a <see cref="TableRow"/>.</summary>
public sealed class TableCell
{
    public const string TypeName = "TableCell";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-100)]
    public string Type => TypeName;

    public IList<CardElement> Items { get; set; } = [];

    public ContainerStyle? Style { get; set; }

    public VerticalContentAlignment? VerticalContentAlignment { get; set; }

    public bool? Bleed { get; set; }

    public string? MinHeight { get; set; }

    public CardAction? SelectAction { get; set; }
}
