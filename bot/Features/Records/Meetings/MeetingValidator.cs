using VastbusBot.Features.Privacy;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Meetings;

/// <summary>Checks a meeting form field by field; free text is checked for personal identifiers.</summary>
public sealed class MeetingValidator(PersonalIdentifierDetector detector)
{
    public const int MaxParticipants = 40;
    public const int MaxNameLength = 100;
    public const int MaxOrganisationLength = 100;
    public const int MaxTopicsLength = 2000;
    public const int MaxDecisionsLength = 2000;
    public const int MaxTrainings = 20;
    public const int MaxTrainingLength = 200;
    public const int MaxDeviationsDiscussedLength = 2000;

    public Validated<MeetingContent> Validate(MeetingForm form, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        var check = new FormChecker(detector);
        var date = check.Date(RecordFields.Date, form.Date, today, RecordClock.EarliestRecordDate(today));
        var participants = Participants(check, form.Participants);
        var topics = check.Text(RecordFields.Topics, form.Topics, MaxTopicsLength, required: true);
        var decisions = check.Text(RecordFields.Decisions, form.Decisions, MaxDecisionsLength, required: false);
        var trainings = check.Lines(RecordFields.Trainings, form.Trainings, MaxTrainings, MaxTrainingLength, required: false);
        var deviations = check.Text(RecordFields.DeviationsDiscussed, form.DeviationsDiscussed, MaxDeviationsDiscussedLength, required: false);

        if (check.HasErrors || date is null || topics is null)
        {
            return new Validated<MeetingContent>(null, check.Errors, check.IdentifierKinds);
        }

        return new Validated<MeetingContent>(
            new MeetingContent(date.Value, participants, topics, decisions, trainings, deviations),
            [],
            check.IdentifierKinds);
    }

    private static List<Participant> Participants(FormChecker check, IReadOnlyList<ParticipantForm>? rows)
    {
        var participants = new List<Participant>();
        for (var i = 0; i < (rows?.Count ?? 0); i++)
        {
            var row = rows![i];
            if (string.IsNullOrWhiteSpace(row?.Name) && string.IsNullOrWhiteSpace(row?.Organisation))
            {
                continue; // a spare row left blank
            }

            var name = check.Text(RecordFields.Item(RecordFields.Participants, i, RecordFields.ParticipantName), row.Name, MaxNameLength, required: true);
            var organisation = check.Text(RecordFields.Item(RecordFields.Participants, i, RecordFields.ParticipantOrganisation), row.Organisation, MaxOrganisationLength, required: true);
            if (name is not null && organisation is not null)
            {
                participants.Add(new Participant(name, organisation));
            }
        }

        var submitted = rows?.Count(r => !string.IsNullOrWhiteSpace(r?.Name) || !string.IsNullOrWhiteSpace(r?.Organisation)) ?? 0;
        check.CheckCount(RecordFields.Participants, submitted, MaxParticipants, required: true);
        return participants;
    }
}
