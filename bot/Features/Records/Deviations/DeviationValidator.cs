using VastbusBot.Features.Privacy;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Deviations;

/// <summary>Checks a deviation report and a chair's handling field by field; free text is checked for personal identifiers.</summary>
public sealed class DeviationValidator(PersonalIdentifierDetector detector)
{
    public const int MaxOrganisationLength = 100;
    public const int MaxPartiesConcerned = 10;
    public const int MaxDescriptionLength = 2000;
    public const int MaxProposedActionLength = 1000;
    public const int MaxAnalysisLength = 4000;

    public Validated<DeviationContent> Validate(DeviationForm form, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        var check = new FormChecker(detector);
        var date = check.Date(RecordFields.Date, form.Date, today, RecordClock.EarliestRecordDate(today));
        var reporting = check.Text(RecordFields.ReportingOrganisation, form.ReportingOrganisation, MaxOrganisationLength, required: true);
        var parties = check.Lines(RecordFields.PartiesConcerned, form.PartiesConcerned, MaxPartiesConcerned, MaxOrganisationLength, required: true);
        var category = check.Choice(RecordFields.Category, form.Category, DeviationCategories.Parse, required: true);
        var description = check.Text(RecordFields.Description, form.Description, MaxDescriptionLength, required: true);
        var action = check.Text(RecordFields.ProposedAction, form.ProposedAction, MaxProposedActionLength, required: false);

        if (check.HasErrors || date is null || reporting is null || category is null || description is null)
        {
            return new Validated<DeviationContent>(null, check.Errors, check.IdentifierKinds);
        }

        return new Validated<DeviationContent>(
            new DeviationContent(date.Value, reporting, parties, category.Value, description, action),
            [],
            check.IdentifierKinds);
    }

    /// <summary>Checks a status change and analysis against the deviation as it is now.</summary>
    public Validated<DeviationHandling> ValidateHandling(DeviationHandlingForm form, Deviation current)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(current);
        var check = new FormChecker(detector);
        var status = check.Choice(RecordFields.Status, form.Status, DeviationStatuses.Parse, required: true);
        var analysis = check.Text(RecordFields.Analysis, form.Analysis, MaxAnalysisLength, required: false);

        if (status is { } to)
        {
            if (!DeviationStatuses.CanChange(current.Status, to))
            {
                check.Add(RecordFields.Status, ErrorCodes.InvalidTransition, RecordsText.InvalidTransition.With(
                    DeviationStatuses.Label(current.Status), DeviationStatuses.Label(to)));
            }
            else if (DeviationStatuses.RequiresAnalysis(to) && analysis is null && !check.Errors.Any(e => e.Field == RecordFields.Analysis))
            {
                check.Add(RecordFields.Analysis, ErrorCodes.Required, RecordsText.AnalysisRequired.With(DeviationStatuses.Label(to)));
            }
            else if (to == current.Status && string.Equals(analysis, current.Analysis, StringComparison.Ordinal))
            {
                check.Add(RecordFields.Status, ErrorCodes.Unchanged, RecordsText.Unchanged);
            }
        }

        if (check.HasErrors || status is null)
        {
            return new Validated<DeviationHandling>(null, check.Errors, check.IdentifierKinds);
        }

        return new Validated<DeviationHandling>(new DeviationHandling(status.Value, analysis), [], check.IdentifierKinds);
    }
}
