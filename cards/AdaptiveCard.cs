using System.Text.Json.Serialization;
using VastbusBot.Cards.Serialization;

namespace VastbusBot.Cards;

/// <summary>
/// An Adaptive Card (schema 1.5, the newest Teams renders). It always serializes in its canonical shape
/// (camelCase, nulls omitted, "type" and "$schema" written), whatever <c>JsonSerializerOptions</c> the caller uses,
/// so it can be placed directly in an attachment's <c>content</c>.
/// </summary>
[JsonConverter(typeof(AdaptiveCardConverter))]
public sealed class AdaptiveCard
{
    public const string TypeName = "AdaptiveCard";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string DefaultVersion = "1.5";

    /// <summary>The attachment content type every Bot Framework SDK uses for Adaptive Cards.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public string Type => TypeName;

    public string Schema => SchemaUrl;

    public string Version { get; set; } = DefaultVersion;

    public IList<CardElement> Body { get; set; } = [];

    public IList<CardAction>? Actions { get; set; }

    /// <summary>
    /// Language of the card text, e.g. "sv". The bot leaves it unset: npm adaptivecards 3.0.6 checks it with a
    /// global (stateful) regex, so a valid tag fails every other parse, and Teams does not need it.
    /// </summary>
    public string? Lang { get; set; }

    /// <summary>Shown by clients that cannot render the card (and in notifications).</summary>
    public string? FallbackText { get; set; }

    public string? Speak { get; set; }

    /// <summary>Universal Actions refresh: Teams invokes <see cref="CardRefresh.Action"/> when the card is shown.</summary>
    public CardRefresh? Refresh { get; set; }

    /// <summary>Teams-specific properties, serialized as <c>"msteams"</c>.</summary>
    public TeamsCardProperties? MsTeams { get; set; }

    public VerticalContentAlignment? VerticalContentAlignment { get; set; }

    /// <summary>Pixel minimum height, e.g. "200px".</summary>
    public string? MinHeight { get; set; }

    /// <summary>Invoked when the card itself is clicked (Action.ShowCard is not allowed here).</summary>
    public CardAction? SelectAction { get; set; }
}

/// <summary>
/// Card refresh (Universal Actions). Up to 60 <see cref="UserIds"/> (user MRIs) refresh automatically; an empty list
/// shows a manual "Refresh card"; null auto-refreshes for everyone in chats with at most 60 members.
/// </summary>
public sealed class CardRefresh
{
    public required ExecuteAction Action { get; set; }

    public IList<string>? UserIds { get; set; }
}

/// <summary>The <c>msteams</c> property of a card.</summary>
public sealed class TeamsCardProperties
{
    /// <summary><see cref="TeamsCardWidth.Full"/> makes the card use the full conversation width.</summary>
    public TeamsCardWidth? Width { get; set; }

    /// <summary>Mentions used in the card text as <c>&lt;at&gt;Name&lt;/at&gt;</c>.</summary>
    public IList<CardMention>? Entities { get; set; }
}

/// <summary>A mention entity: <see cref="Text"/> must appear verbatim (e.g. "&lt;at&gt;Anna&lt;/at&gt;") in a TextBlock.</summary>
public sealed record CardMention(string Text, CardMentionedUser Mentioned)
{
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-100)]
    public string Type => "mention";
}

/// <summary>The user a <see cref="CardMention"/> points to: a Teams user id ("29:…") or Entra object id / UPN.</summary>
public sealed record CardMentionedUser(string Id, string Name);
