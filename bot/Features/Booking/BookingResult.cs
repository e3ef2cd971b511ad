using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Booking;

/// <summary>
/// What a booking step ended in, for the card layer:
/// <list type="bullet">
/// <item><see cref="Ok"/>: the gathering as it is now (draft, booked or cancelled) and an optional note for its card.</item>
/// <item><see cref="Invalid"/>: field errors in the form (or the move period); nothing changed.</item>
/// <item><see cref="Problem"/>: the step could not be done (calendar busy, no chairs, no free time …); the message goes
/// on the card the user came from, and <see cref="Problem.Gathering"/> is the gathering when there is one.</item>
/// <item><see cref="Refused"/>: not allowed, or the booking is gone; only the message is shown.</item>
/// </list>
/// </summary>
public abstract record BookingResult
{
    private BookingResult()
    {
    }

    public sealed record Ok(Gathering Gathering, LocalizedText? Notice = null) : BookingResult;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors, Gathering? Gathering = null) : BookingResult;

    public sealed record Problem(LocalizedText Message, Gathering? Gathering = null) : BookingResult;

    public sealed record Refused(LocalizedText Message) : BookingResult;
}

/// <summary>Who may book for which areas: the areas offered on the form, and the default one.</summary>
public sealed record BookingStart(IReadOnlyList<Organisation.Area> Areas, string DefaultAreaId);
