namespace VastbusBot.GraphEmulator;

/// <summary>A directory user with a mailbox.</summary>
internal sealed record EmulatedUser(string Id, string DisplayName, string Mail, string UserPrincipalName)
{
    public bool Matches(string idOrAddress) =>
        string.Equals(Id, idOrAddress, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Mail, idOrAddress, StringComparison.OrdinalIgnoreCase)
        || string.Equals(UserPrincipalName, idOrAddress, StringComparison.OrdinalIgnoreCase);
}

internal sealed record EmulatedAttendee(string Address, string? Name, string Type);

/// <summary>An event in the organizer's calendar (attendees see the same event; Graph would give each mailbox its own copy and id).</summary>
internal sealed class EmulatedEvent
{
    public required string Id { get; init; }

    public required string OrganizerId { get; init; }

    public string? Subject { get; set; }

    public string BodyContentType { get; set; } = "html";

    public string? BodyContent { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    /// <summary>The zone name the client wrote the times in (kept so tests can see what was sent).</summary>
    public string TimeZone { get; set; } = "UTC";

    public string? Location { get; set; }

    public List<EmulatedAttendee> Attendees { get; set; } = [];

    public bool IsOnlineMeeting { get; set; }

    public string? OnlineMeetingProvider { get; set; }

    public string? JoinUrl { get; set; }

    public string? TransactionId { get; init; }

    public string ShowAs { get; set; } = "busy";

    public bool IsCancelled { get; set; }

    public string? CancellationComment { get; set; }

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset LastModified { get; set; }

    public bool Involves(EmulatedUser user) =>
        string.Equals(OrganizerId, user.Id, StringComparison.Ordinal)
        || Attendees.Any(a => string.Equals(a.Address, user.Mail, StringComparison.OrdinalIgnoreCase)
            || string.Equals(a.Address, user.UserPrincipalName, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A recurring weekly busy block from the seed (office hours, a standing meeting), in the seed's time zone.</summary>
internal sealed record WeeklyBusy(string UserId, IReadOnlySet<DayOfWeek> Days, TimeOnly Start, TimeOnly End, string? Subject, string ShowAs);

/// <summary>One item of free/busy, as getSchedule reports it.</summary>
internal sealed record FreeBusyItem(DateTimeOffset Start, DateTimeOffset End, string Status, string? Subject, string? Location);
