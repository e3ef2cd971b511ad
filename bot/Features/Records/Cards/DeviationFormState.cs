using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Cards;

/// <summary>
/// The deviation form exactly as the user left it. The parties concerned are the codes chosen in the multi-select
/// plus one typed party; for the service they become one list (the chosen parties first, the typed one last).
/// </summary>
public sealed record DeviationFormState(
    string? GroupId,
    string? Date,
    string? ReportingOrganisation,
    IReadOnlyList<string> PartyCodes,
    string? OtherParty,
    string? Category,
    string? Description,
    string? ProposedAction)
{
    /// <summary>The input id of the typed party.</summary>
    public const string OtherPartyId = "partiesOther";

    /// <summary>A new report: the date is today's, which the reporter changes when it happened earlier.</summary>
    public static DeviationFormState New(string? groupId, DateOnly today) => new(groupId, RecordDisplay.Date(today), null, [], null, null, null, null);

    public static DeviationFormState From(FormValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(
            values.Get(MeetingCards.GroupKey),
            values.Get(RecordFields.Date),
            values.Get(RecordFields.ReportingOrganisation),
            values.GetMany(RecordFields.PartiesConcerned),
            values.Get(OtherPartyId),
            values.Get(RecordFields.Category),
            values.Get(RecordFields.Description),
            values.Get(RecordFields.ProposedAction));
    }

    public DeviationForm ToForm() => new(
        Date,
        ReportingOrganisation,
        [.. PartyCodes.Select(c => DeviationParties.StoredName(c) ?? c), OtherParty],
        Category,
        Description,
        ProposedAction);

    /// <summary>
    /// Where an error of the parties list belongs: a chosen party's item (or the list as a whole) at the multi-select,
    /// the typed party's item at its own input.
    /// </summary>
    public bool IsOtherPartyError(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var prefix = RecordFields.PartiesConcerned + "[";
        if (!error.Field.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var close = error.Field.IndexOf(']', StringComparison.Ordinal);
        return close > prefix.Length
            && int.TryParse(error.Field.AsSpan(prefix.Length, close - prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && index >= PartyCodes.Count;
    }
}
