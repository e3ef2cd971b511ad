using VastbusBot.GraphIntegration.Scheduling;

namespace VastbusBot.GraphIntegration.Calendar;

/// <summary>
/// The organizer's calendar through Microsoft Graph with application permissions. <c>organizer</c> is the mailbox
/// that owns the event: a user id (Entra object id) or user principal name. Failures come back as a
/// <see cref="GraphResult{T}"/> outcome, never as an exception (the caller's own cancellation aside).
/// </summary>
public interface ICalendarService
{
    /// <summary>
    /// Free/busy for <paramref name="addresses"/> (SMTP) over <paramref name="window"/> via
    /// POST /users/{organizer}/calendar/getSchedule. Every address gets an entry, unreadable ones with IsKnown false.
    /// </summary>
    Task<GraphResult<IReadOnlyList<AttendeeAvailability>>> GetScheduleAsync(string organizer, IReadOnlyCollection<string> addresses, TimeWindow window, CancellationToken cancellationToken = default);

    /// <summary>Creates the event with invitations (and a Teams meeting when online); idempotent per transaction id.</summary>
    Task<GraphResult<BookedMeeting>> CreateEventAsync(string organizer, MeetingRequest request, CancellationToken cancellationToken = default);

    /// <summary>Moves the event (and optionally its place); attendees get the update.</summary>
    Task<GraphResult<BookedMeeting>> UpdateEventAsync(string organizer, string eventId, MeetingChange change, CancellationToken cancellationToken = default);

    /// <summary>Cancels the event and sends <paramref name="comment"/> to the attendees (POST /events/{id}/cancel).</summary>
    Task<GraphResult<MeetingCancellation>> CancelEventAsync(string organizer, string eventId, string? comment, CancellationToken cancellationToken = default);

    Task<GraphResult<BookedMeeting>> GetEventAsync(string organizer, string eventId, CancellationToken cancellationToken = default);
}
