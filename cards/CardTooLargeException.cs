namespace VastbusBot.Cards;

/// <summary>A card is larger than the size budget (<see cref="CardBudget"/>).</summary>
public sealed class CardTooLargeException : Exception
{
    public CardTooLargeException()
    {
    }

    public CardTooLargeException(string message)
        : base(message)
    {
    }

    public CardTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CardTooLargeException(int measuredBytes, int maxBytes)
        : base($"The card is {measuredBytes} bytes (UTF-16), over the budget of {maxBytes} bytes.")
    {
        MeasuredBytes = measuredBytes;
        MaxBytes = maxBytes;
    }

    public int MeasuredBytes { get; }

    public int MaxBytes { get; }
}
