namespace VastbusBot.Cards;

/// <summary>Free text input.</summary>
public sealed class InputText : CardInput
{
    public const string TypeName = "Input.Text";

    public InputText()
        : base(TypeName)
    {
    }

    public string? Placeholder { get; set; }

    public string? Value { get; set; }

    public bool? IsMultiline { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>ECMAScript regular expression the value must match (1.3).</summary>
    public string? Regex { get; set; }

    public TextInputStyle? Style { get; set; }

    /// <summary>Button shown next to the input (Action.ShowCard is not allowed).</summary>
    public CardAction? InlineAction { get; set; }
}

/// <summary>Date input; values are "yyyy-MM-dd" (see <see cref="CardValues.Date"/>).</summary>
public sealed class InputDate : CardInput
{
    public const string TypeName = "Input.Date";

    public InputDate()
        : base(TypeName)
    {
    }

    public string? Value { get; set; }

    public string? Min { get; set; }

    public string? Max { get; set; }

    public string? Placeholder { get; set; }
}

/// <summary>Time input; values are "HH:mm" (see <see cref="CardValues.Time"/>).</summary>
public sealed class InputTime : CardInput
{
    public const string TypeName = "Input.Time";

    public InputTime()
        : base(TypeName)
    {
    }

    public string? Value { get; set; }

    public string? Min { get; set; }

    public string? Max { get; set; }

    public string? Placeholder { get; set; }
}

/// <summary>Number input.</summary>
public sealed class InputNumber : CardInput
{
    public const string TypeName = "Input.Number";

    public InputNumber()
        : base(TypeName)
    {
    }

    public double? Value { get; set; }

    public double? Min { get; set; }

    public double? Max { get; set; }

    public string? Placeholder { get; set; }
}

/// <summary>Checkbox; submits <see cref="ValueOn"/>/<see cref="ValueOff"/> ("true"/"false" by default).</summary>
public sealed class InputToggle : CardInput
{
    public const string TypeName = "Input.Toggle";

    public InputToggle()
        : base(TypeName)
    {
    }

    public string Title { get; set; } = "";

    public string? Value { get; set; }

    public string? ValueOn { get; set; }

    public string? ValueOff { get; set; }

    public bool? Wrap { get; set; }
}

/// <summary>Drop-down, radio/checkbox list or type-ahead list; multi-select values are comma-separated.</summary>
public sealed class InputChoiceSet : CardInput
{
    public const string TypeName = "Input.ChoiceSet";

    public InputChoiceSet()
        : base(TypeName)
    {
    }

    public IList<Choice> Choices { get; set; } = [];

    public ChoiceInputStyle? Style { get; set; }

    public bool? IsMultiSelect { get; set; }

    public string? Value { get; set; }

    public string? Placeholder { get; set; }

    public bool? Wrap { get; set; }
}

/// <summary>One option of an <see cref="InputChoiceSet"/>.</summary>
public sealed record Choice(string Title, string Value);
