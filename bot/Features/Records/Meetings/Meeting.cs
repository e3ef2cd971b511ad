namespace VastbusBot.Features.Records.Meetings;

/// <summary>What a meeting form sends, as typed: the card layer passes its inputs through unparsed.</summary>
/// <param name="Date">The meeting's date as an Input.Date sends it: <c>yyyy-MM-dd</c>.</param>
/// <param name="Participants">One row per participant; rows left blank are ignored.</param>
/// <param name="Trainings">Trainings held at or reported in the meeting, one per row; blank rows are ignored.</param>
public sealed record MeetingForm(
    string? Date,
    IReadOnlyList<ParticipantForm>? Participants,
    string? Topics,
    string? Decisions,
    IReadOnlyList<string?>? Trainings,
    string? DeviationsDiscussed);

/// <summary>One participant row as typed.</summary>
public sealed record ParticipantForm(string? Name, string? Organisation);

/// <summary>A participant of a meeting: a professional and the organisation they represent.</summary>
public sealed record Participant(string Name, string Organisation);

/// <summary>The validated content of a meeting's minutes.</summary>
public sealed record MeetingContent(
    DateOnly Date,
    IReadOnlyList<Participant> Participants,
    string Topics,
    string? Decisions,
    IReadOnlyList<string> Trainings,
    string? DeviationsDiscussed);

/// <summary>A stored meeting of a local Västbus group.</summary>
/// <param name="Id">Derived from the submission id, so a redelivered submission finds the same record.</param>
/// <param name="Version">The storage ETag; pass it back to update the meeting (optimistic concurrency).</param>
public sealed record Meeting(
    string Id,
    string TenantId,
    string GroupId,
    string SubmissionId,
    MeetingContent Content,
    Stamp Created,
    Stamp? Updated,
    string Version);

/// <summary>How many meetings a group held in a year, and the trainings reported in them (for the annual report).</summary>
public sealed record MeetingYearSummary(string GroupId, int Year, int MeetingCount, IReadOnlyList<string> Trainings);
