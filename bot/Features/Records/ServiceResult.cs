using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records;

/// <summary>
/// The outcome of a records or registry operation, for the card and command layer to turn into a message:
/// <list type="bullet">
/// <item><see cref="Success"/>: done; <see cref="Success.Replayed"/> is true when the same submission had been stored before.</item>
/// <item><see cref="ValidationFailed"/>: field-level errors; nothing was stored.</item>
/// <item><see cref="Forbidden"/>: the user may not do this; nothing was read or stored.</item>
/// <item><see cref="Conflict"/>: someone else changed the record first; <see cref="Conflict.Current"/> is their version.</item>
/// <item><see cref="NotFound"/>: no such group, record or member in this tenant.</item>
/// </list>
/// </summary>
public abstract record ServiceResult<T>
{
    private ServiceResult()
    {
    }

    public bool IsSuccess => this is Success;

    /// <summary>The value when this is a <see cref="Success"/>, else the default.</summary>
    public T? ValueOrDefault => this is Success s ? s.Value : default;

    public sealed record Success(T Value, bool Replayed = false) : ServiceResult<T>;

    public sealed record ValidationFailed(IReadOnlyList<FieldError> Errors) : ServiceResult<T>;

    public sealed record Forbidden(LocalizedText Message) : ServiceResult<T>;

    public sealed record Conflict(T? Current, LocalizedText Message) : ServiceResult<T>;

    public sealed record NotFound(LocalizedText Message) : ServiceResult<T>;
}
