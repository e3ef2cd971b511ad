using System.Globalization;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Cards;

/// <summary>
/// The meeting form exactly as the user left it: what the card shows again when something must be corrected, and
/// what is sent to <see cref="IMeetingService"/>. Trainings are one multi-line input, one training per line.
/// </summary>
public sealed record MeetingFormState(
    string? GroupId,
    string? Date,
    IReadOnlyList<ParticipantForm> Participants,
    string? Topics,
    string? Decisions,
    string? Trainings,
    string? DeviationsDiscussed)
{
    /// <summary>Participant rows on a new form; "more rows" adds <see cref="RowStep"/> at a time.</summary>
    public const int InitialRows = 4;

    public const int RowStep = 4;

    /// <summary>Input ids of participant row <paramref name="index"/> (short: a card holds up to <see cref="MeetingCardLimits.MaxRows"/> rows).</summary>
    public static string NameId(int index) => string.Create(CultureInfo.InvariantCulture, $"p{index}n");

    public static string OrganisationId(int index) => string.Create(CultureInfo.InvariantCulture, $"p{index}o");

    /// <summary>The validator's field names of row <paramref name="index"/>, which its errors carry.</summary>
    public static string NameField(int index) => RecordFields.Item(RecordFields.Participants, index, RecordFields.ParticipantName);

    public static string OrganisationField(int index) => RecordFields.Item(RecordFields.Participants, index, RecordFields.ParticipantOrganisation);

    /// <summary>A new form: today's date, the user on the first participant row.</summary>
    public static MeetingFormState New(string? groupId, DateOnly today, string? userName, string? userOrganisation) =>
        new(groupId, RecordDisplay.Date(today), [new ParticipantForm(userName, userOrganisation)], null, null, null, null);

    /// <summary>The stored meeting, for editing.</summary>
    public static MeetingFormState From(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var c = meeting.Content;
        return new(
            meeting.GroupId,
            RecordDisplay.Date(c.Date),
            [.. c.Participants.Select(p => new ParticipantForm(p.Name, p.Organisation))],
            c.Topics,
            c.Decisions,
            c.Trainings.Count == 0 ? null : string.Join('\n', c.Trainings),
            c.DeviationsDiscussed);
    }

    /// <summary>What a submitted card holds; <paramref name="rows"/> is the number of participant rows it showed.</summary>
    public static MeetingFormState From(FormValues values, int rows)
    {
        ArgumentNullException.ThrowIfNull(values);
        var participants = Enumerable.Range(0, rows)
            .Select(i => new ParticipantForm(values.Get(NameId(i)), values.Get(OrganisationId(i))))
            .ToList();

        // Keep the rows up to the last one with something in it, so the form comes back as it was typed.
        while (participants.Count > 0 && string.IsNullOrWhiteSpace(participants[^1].Name) && string.IsNullOrWhiteSpace(participants[^1].Organisation))
        {
            participants.RemoveAt(participants.Count - 1);
        }

        return new(
            values.Get(MeetingCards.GroupKey),
            values.Get(RecordFields.Date),
            participants,
            values.Get(RecordFields.Topics),
            values.Get(RecordFields.Decisions),
            values.Get(RecordFields.Trainings),
            values.Get(RecordFields.DeviationsDiscussed));
    }

    /// <summary>The form for the service: trainings split into lines (line n is <c>trainings[n-1]</c> in errors).</summary>
    public MeetingForm ToForm() => new(
        Date,
        Participants,
        Topics,
        Decisions,
        Trainings is null ? null : [.. Trainings.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')],
        DeviationsDiscussed);

    /// <summary>
    /// How many participant rows to show: at least <paramref name="minimum"/>, at most what a card holds, but never
    /// fewer than the rows that hold something (a meeting stored with more participants keeps them all).
    /// </summary>
    public int RowsToShow(int minimum) =>
        Math.Max(Math.Clamp(minimum, 1, MeetingCardLimits.MaxRows), Participants.Count);
}
