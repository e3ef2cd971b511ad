namespace VastbusBot.Cards;

/// <summary>Factories for the actions the bot handles, so every button is routed by a <c>verb</c> in its data.</summary>
public static class CardActions
{
    /// <summary>The data key that carries the verb in both Action.Execute and its Action.Submit fallback.</summary>
    public const string VerbKey = "verb";

    /// <summary>
    /// An Action.Execute whose data carries <paramref name="data"/> plus <c>"verb"</c>, with an Action.Submit
    /// fallback carrying the same data for clients without Universal Actions (so the bot routes both paths by verb).
    /// </summary>
    /// <exception cref="ArgumentException">The title or verb is blank, or <paramref name="data"/> has a different "verb".</exception>
    public static ExecuteAction Execute(
        string title,
        string verb,
        IReadOnlyDictionary<string, object?>? data = null,
        ActionStyle? style = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        return new ExecuteAction
        {
            Title = title,
            Verb = verb,
            Style = style,
            Data = DataWithVerb(verb, data),
            Fallback = new SubmitAction { Title = title, Style = style, Data = DataWithVerb(verb, data) },
        };
    }

    /// <summary>
    /// An Action.Submit whose data carries <paramref name="data"/> plus <c>"verb"</c>; for places where Action.Execute
    /// does not apply (dialogs, message extensions).
    /// </summary>
    public static SubmitAction Submit(
        string title,
        string verb,
        IReadOnlyDictionary<string, object?>? data = null,
        ActionStyle? style = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        return new SubmitAction { Title = title, Style = style, Data = DataWithVerb(verb, data) };
    }

    // A fresh dictionary per action, so changing one action's data never changes the other's.
    private static Dictionary<string, object?> DataWithVerb(string verb, IReadOnlyDictionary<string, object?>? data)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (data is not null)
        {
            foreach (var (key, value) in data)
            {
                result[key] = value;
            }
        }

        if (result.TryGetValue(VerbKey, out var existing) && !Equals(existing, verb))
        {
            throw new ArgumentException($"The data already has a \"{VerbKey}\" ({existing}) that differs from \"{verb}\".", nameof(data));
        }

        result[VerbKey] = verb;
        return result;
    }
}
