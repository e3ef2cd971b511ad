namespace VastbusBot.Features.Booking;

/// <summary>Configuration section <c>Booking</c>.</summary>
public sealed class BookingOptions
{
    public const string SectionName = "Booking";

    /// <summary>
    /// The mailbox that owns the events (a UPN or object id), e.g. a shared "vastbus-bokning@…" mailbox. Empty (the
    /// default): the event is created in the calendar of the coordinator who books, who is then its organizer. With a
    /// mailbox set, the application access policy can be limited to that one mailbox, and the coordinator is invited.
    /// </summary>
    public string? OrganizerMailbox { get; set; }

    /// <summary>The form's first day: this many days from today (default 14, so invitations arrive in good time).</summary>
    public int DefaultStartInDays { get; set; } = 14;

    /// <summary>The form's period length in days (default 28).</summary>
    public int DefaultRangeDays { get; set; } = 28;

    /// <summary>The form's default length in minutes (default 120).</summary>
    public int DefaultDurationMinutes { get; set; } = 120;

    /// <summary>
    /// How long one button click may take (default 8 s). It must stay below <c>BotFramework:InvokeTimeout</c> (10 s):
    /// when Graph is slow or keeps asking to wait, the click ends with "try again in a moment" on the card instead of
    /// the protocol layer's generic failure. A booking cut off this way is completed by the next click.
    /// </summary>
    public TimeSpan ActionTimeout { get; set; } = TimeSpan.FromSeconds(8);
}
