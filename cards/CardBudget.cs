using System.Text;

namespace VastbusBot.Cards;

/// <summary>
/// Our internal card size budget. Teams allows about 100 KB (UTF-16) for a whole bot message; 28 KB keeps cards
/// well below that and within the incoming-webhook limit, so a card never fails with 413 MessageSizeTooBig.
/// </summary>
public static class CardBudget
{
    public const int MaxBytes = 28 * 1024;

    /// <summary>Size of the card's JSON in UTF-16 bytes, the way Teams counts message size.</summary>
    public static int MeasureBytes(AdaptiveCard card) => MeasureJsonBytes(CardJson.Serialize(card));

    /// <summary>Size of card JSON text in UTF-16 bytes.</summary>
    public static int MeasureJsonBytes(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return checked(json.Length * sizeof(char));
    }

    /// <summary>Size of UTF-8 card JSON in UTF-16 bytes: the same count as for the JSON as text.</summary>
    public static int MeasureUtf8JsonBytes(ReadOnlySpan<byte> utf8Json) =>
        checked(Encoding.UTF8.GetCharCount(utf8Json) * sizeof(char));
}
