using System.Text.Json;
using VastbusBot.Cards;

namespace VastbusBot.Conversation;

/// <summary>
/// Handles one card verb, whether it arrived as an <c>Action.Execute</c> invoke or as the <c>Action.Submit</c>
/// fallback of an older client (a message whose value carries the same data and verb).
/// </summary>
public interface ICardAction
{
    /// <summary>The verbs this handler owns.</summary>
    IReadOnlyCollection<string> Verbs { get; }

    Task<CardActionResult> HandleAsync(BotTurn turn, CardActionRequest request, CancellationToken cancellationToken);
}

/// <summary>A card click: the verb, the card's data merged with the user's inputs, and the card message's id.</summary>
public sealed record CardActionRequest(string Verb, JsonElement Data, string? CardActivityId, bool IsInvoke)
{
    public string? GetString(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}

/// <summary>What a card action answers: a replacement card, a short message, or an error the user can act on.</summary>
public abstract record CardActionResult
{
    public static CardActionResult ReplaceCard(AdaptiveCard card) => new CardResult(card);

    public static CardActionResult Message(string text) => new MessageResult(text);

    public static CardActionResult Error(string text) => new ErrorResult(text);

    public sealed record CardResult(AdaptiveCard Card) : CardActionResult;

    public sealed record MessageResult(string Text) : CardActionResult;

    public sealed record ErrorResult(string Text) : CardActionResult;
}
