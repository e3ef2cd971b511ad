using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace VastbusBot.Protocol.Schema;

/// <summary>The <c>action</c> of an <c>adaptiveCard/action</c> invoke (an <c>Action.Execute</c> click or a refresh).</summary>
public sealed class AdaptiveCardAction
{
    /// <summary><c>Action.Execute</c>.</summary>
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Verb { get; set; }

    /// <summary>The action's data merged with the card's inputs.</summary>
    public JsonElement? Data { get; set; }
}

/// <summary>The value of an <c>adaptiveCard/action</c> invoke.</summary>
public sealed class AdaptiveCardInvokeValue
{
    public const string InvokeName = "adaptiveCard/action";

    public AdaptiveCardAction? Action { get; set; }

    /// <summary><c>manual</c> (a click) or <c>automatic</c> (a refresh). Absent from some clients: treat as manual.</summary>
    public string? Trigger { get; set; }

    /// <summary>Reads the value of an <c>adaptiveCard/action</c> invoke; false for any other activity or a malformed value.</summary>
    public static bool TryParse(Activity activity, [MaybeNullWhen(false)] out AdaptiveCardInvokeValue value)
    {
        ArgumentNullException.ThrowIfNull(activity);
        value = null;
        if (!string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(activity.Name, InvokeName, StringComparison.OrdinalIgnoreCase)
            || activity.Value is not { ValueKind: JsonValueKind.Object } json)
        {
            return false;
        }

        try
        {
            value = json.Deserialize<AdaptiveCardInvokeValue>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            value = null;
        }

        return value is not null;
    }
}
