namespace VastbusBot.Cards;

/// <summary>Groups elements, optionally with a background style and a whole-area action.</summary>
public sealed class Container : CardElement
{
    public const string TypeName = "Container";

    public Container()
        : base(TypeName)
    {
    }

    public IList<CardElement> Items { get; set; } = [];

    public ContainerStyle? Style { get; set; }

    public bool? Bleed { get; set; }

    public VerticalContentAlignment? VerticalContentAlignment { get; set; }

    /// <summary>Pixel minimum height, e.g. "80px".</summary>
    public string? MinHeight { get; set; }

    /// <summary>Invoked when the container is clicked (Action.ShowCard is not allowed here).</summary>
    public CardAction? SelectAction { get; set; }
}

/// <summary>Lays out <see cref="Column"/>s side by side.</summary>
public sealed class ColumnSet : CardElement
{
    public const string TypeName = "ColumnSet";

    public ColumnSet()
        : base(TypeName)
    {
    }

    public IList<Column> Columns { get; set; } = [];

    public ContainerStyle? Style { get; set; }

    public bool? Bleed { get; set; }

    public string? MinHeight { get; set; }

    public CardAction? SelectAction { get; set; }
}

/// <summary>One column of a <see cref="ColumnSet"/> (only valid there).</summary>
public sealed class Column : CardElement
{
    public const string TypeName = "Column";

    public Column()
        : base(TypeName)
    {
    }

    /// <summary>"auto", "stretch", a relative weight (2) or pixels ("50px").</summary>
    public ColumnWidth? Width { get; set; }

    public IList<CardElement> Items { get; set; } = [];

    public ContainerStyle? Style { get; set; }

    public bool? Bleed { get; set; }

    public VerticalContentAlignment? VerticalContentAlignment { get; set; }

    public string? MinHeight { get; set; }

    public CardAction? SelectAction { get; set; }
}

/// <summary>Label/value pairs.</summary>
public sealed class FactSet : CardElement
{
    public const string TypeName = "FactSet";

    public FactSet()
        : base(TypeName)
    {
    }

    public IList<Fact> Facts { get; set; } = [];
}

/// <summary>One row of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);

/// <summary>A row of actions inside the body (Teams recommends wrapping Action.Execute in one).</summary>
public sealed class ActionSet : CardElement
{
    public const string TypeName = "ActionSet";

    public ActionSet()
        : base(TypeName)
    {
    }

    public IList<CardAction> Actions { get; set; } = [];
}
