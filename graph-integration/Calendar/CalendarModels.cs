using VastbusBot.GraphIntegration.Scheduling;

namespace VastbusBot.GraphIntegration.Calendar;

/// <summary>A span of time to read availability for.</summary>
public readonly record struct TimeWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;
}

/// <summary>A person invited to the gathering.</summary>
/// <param name="Address">SMTP address.</param>
/// <param name="Name">Display name (optional).</param>
/// <param name="Required">Required (default) or optional attendance.</param>
public sealed record MeetingAttendee(string Address, string? Name = null, bool Required = true);

/// <summary>What to book in the organizer's calendar.</summary>
/// <param name="Subject">The event's title.</param>
/// <param name="Slot">When (instants; the event is written in the scheduling time zone).</param>
/// <param name="Attendees">Who gets an invitation (the organizer need not be listed).</param>
/// <param name="TransactionId">
/// An idempotency key: the same value for the same booking (derive it with <see cref="TransactionIds.For"/> from
/// what identifies the booking), so a retried or double-clicked create returns the one event Graph already made.
/// </param>
/// <param name="Online">True for a Teams meeting (isOnlineMeeting, teamsForBusiness).</param>
/// <param name="Location">A physical place, for an on-site gathering (may also be set for an online one).</param>
/// <param name="Agenda">Plain text; line breaks are kept.</param>
public sealed record MeetingRequest(
    string Subject,
    TimeSlot Slot,
    IReadOnlyList<MeetingAttendee> Attendees,
    string TransactionId,
    bool Online = true,
    string? Location = null,
    string? Agenda = null);

/// <summary>A move: new times, and optionally a new place. Attendees get an updated invitation.</summary>
public sealed record MeetingChange(TimeSlot Slot, string? Location = null);

/// <summary>An event as it is in the organizer's calendar.</summary>
/// <param name="EventId">Graph's event id (needed to move or cancel).</param>
/// <param name="JoinUrl">The Teams join link, for an online meeting.</param>
/// <param name="WebLink">Opens the event in Outlook on the web.</param>
/// <param name="TransactionId">The idempotency key it was created with.</param>
public sealed record BookedMeeting(
    string EventId,
    string? Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? JoinUrl,
    string? WebLink,
    string? Location,
    string? TransactionId,
    bool IsCancelled);

/// <summary>Confirmation that an event was cancelled and the attendees told.</summary>
public sealed record MeetingCancellation(string EventId);
