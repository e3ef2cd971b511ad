namespace VastbusBot.Features.Records.Validation;

/// <summary>
/// The field names of <see cref="FieldError.Field"/>; the card layer uses them as input ids so an error lands next
/// to its input. List items are named <c>field[index]</c> or <c>field[index].part</c>, index as submitted.
/// </summary>
public static class RecordFields
{
    public const string SubmissionId = "submissionId";

    // Meetings
    public const string Date = "date";
    public const string Participants = "participants";
    public const string ParticipantName = "name";
    public const string ParticipantOrganisation = "organisation";
    public const string Topics = "topics";
    public const string Decisions = "decisions";
    public const string Trainings = "trainings";
    public const string DeviationsDiscussed = "deviationsDiscussed";

    // Deviations
    public const string ReportingOrganisation = "reportingOrganisation";
    public const string PartiesConcerned = "partiesConcerned";
    public const string Category = "category";
    public const string Description = "description";
    public const string ProposedAction = "proposedAction";
    public const string Status = "status";
    public const string Analysis = "analysis";

    // Registry
    public const string AadObjectId = "aadObjectId";
    public const string Name = "name";
    public const string Function = "function";
    public const string Organisation = "organisation";
    public const string District = "district";

    /// <summary><c>participants[2]</c>.</summary>
    public static string Item(string list, int index) => $"{list}[{index}]";

    /// <summary><c>participants[2].name</c>.</summary>
    public static string Item(string list, int index, string part) => $"{list}[{index}].{part}";
}
