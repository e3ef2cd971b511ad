using System.Text.Json.Serialization;
using VastbusBot.Cards.Serialization;

namespace VastbusBot.Cards;

/// <summary>
/// A card serialized once for sending: its canonical JSON (<see cref="CardJson"/>) as UTF-8, checked against the size
/// budget. As an attachment's <c>content</c> it is written as exactly these bytes, whatever options the activity is
/// serialized with, so the JSON that was measured is the JSON that is sent and the card is not serialized again.
/// </summary>
[JsonConverter(typeof(SerializedCardConverter))]
public sealed class SerializedCard
{
    private readonly byte[] _utf8Json;

    private SerializedCard(AdaptiveCard card, byte[] utf8Json, int measuredBytes)
    {
        Card = card;
        _utf8Json = utf8Json;
        MeasuredBytes = measuredBytes;
    }

    /// <summary>The card as it was when serialized (later changes to it are not in <see cref="Utf8Json"/>).</summary>
    public AdaptiveCard Card { get; }

    /// <summary>The card's canonical JSON, UTF-8 encoded: what goes on the wire.</summary>
    public ReadOnlyMemory<byte> Utf8Json => _utf8Json;

    /// <summary>The JSON's size in UTF-16 bytes, as <see cref="CardBudget"/> counts it.</summary>
    public int MeasuredBytes { get; }

    /// <summary>Serializes <paramref name="card"/> and checks it against <paramref name="maxBytes"/>.</summary>
    /// <exception cref="CardTooLargeException">The card is over <paramref name="maxBytes"/>.</exception>
    public static SerializedCard Create(AdaptiveCard card, int maxBytes = CardBudget.MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var json = CardJson.SerializeToUtf8Bytes(card);
        var measured = CardBudget.MeasureUtf8JsonBytes(json);
        if (measured > maxBytes)
        {
            throw new CardTooLargeException(measured, maxBytes);
        }

        return new SerializedCard(card, json, measured);
    }
}
