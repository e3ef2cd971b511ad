namespace VastbusBot.Cards;

/// <summary>
/// Universal Action (1.4): Teams sends an <c>adaptiveCard/action</c> invoke and the bot may answer with a new card.
/// Prefer <see cref="CardActions.Execute"/>, which adds the verb to the data and an Action.Submit fallback.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    public const string TypeName = "Action.Execute";

    public ExecuteAction()
        : base(TypeName)
    {
    }

    /// <summary>Routes the invoke in the bot; without it Teams sends nothing.</summary>
    public required string Verb { get; set; }

    /// <summary>A JSON object (dictionary, JsonObject or a plain object); input values are merged into it.</summary>
    public object? Data { get; set; }

    public AssociatedInputs? AssociatedInputs { get; set; }
}

/// <summary>Sends a message activity whose <c>value</c> is <see cref="Data"/> merged with the inputs.</summary>
public sealed class SubmitAction : CardAction
{
    public const string TypeName = "Action.Submit";

    public SubmitAction()
        : base(TypeName)
    {
    }

    /// <summary>Must be a JSON object: Teams drops a bare string.</summary>
    public object? Data { get; set; }

    public AssociatedInputs? AssociatedInputs { get; set; }
}

/// <summary>Opens a URL in the browser (or a Teams deep link).</summary>
public sealed class OpenUrlAction : CardAction
{
    public const string TypeName = "Action.OpenUrl";

    public OpenUrlAction()
        : base(TypeName)
    {
    }

    public string? Url { get; set; }
}

/// <summary>Expands a nested card below the actions.</summary>
public sealed class ShowCardAction : CardAction
{
    public const string TypeName = "Action.ShowCard";

    public ShowCardAction()
        : base(TypeName)
    {
    }

    public AdaptiveCard? Card { get; set; }
}

/// <summary>Shows, hides or toggles elements by id, without a round trip to the bot.</summary>
public sealed class ToggleVisibilityAction : CardAction
{
    public const string TypeName = "Action.ToggleVisibility";

    public ToggleVisibilityAction()
        : base(TypeName)
    {
    }

    /// <summary>Element ids (toggle) or <see cref="TargetElement"/>s with an explicit visibility.</summary>
    public IList<TargetElement> TargetElements { get; set; } = [];
}
