namespace VastbusBot.Protocol.Schema;

/// <summary>
/// The body that answers an <c>adaptiveCard/action</c> invoke (Universal Actions). Always sent with HTTP 200; the
/// outcome is in <see cref="StatusCode"/> and <see cref="Type"/>.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    /// <summary>Replace the card for the clicking user.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Show a short text (toast).</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>Show an error; the value is <c>{code, message}</c>.</summary>
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; set; } = 200;

    public string Type { get; set; } = MessageType;

    public object? Value { get; set; }

    public static AdaptiveCardInvokeResponse Card(object card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new() { StatusCode = 200, Type = CardType, Value = card };
    }

    public static AdaptiveCardInvokeResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new() { StatusCode = 200, Type = MessageType, Value = text };
    }

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new() { StatusCode = statusCode, Type = ErrorType, Value = new InvokeError(code, message) };

    /// <summary>HTTP 200 with this object as the body.</summary>
    public InvokeResponse ToInvokeResponse() => InvokeResponse.Ok(this);
}

/// <summary>The value of an <see cref="AdaptiveCardInvokeResponse.ErrorType"/> response.</summary>
public sealed record InvokeError(string Code, string Message);
