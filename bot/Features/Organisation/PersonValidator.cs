using VastbusBot.Features.Privacy;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Organisation;

/// <summary>Checks registry forms: a Teams user id, a name, and for group members their function and organisation.</summary>
public sealed class PersonValidator(PersonalIdentifierDetector detector)
{
    public const int MaxNameLength = 100;
    public const int MaxFunctionLength = 100;
    public const int MaxOrganisationLength = 100;
    public const int MaxDistrictLength = 60;

    /// <param name="form">The form as typed.</param>
    /// <param name="requireFunctionAndOrganisation">True for group members: the annual report lists both.</param>
    public Validated<Person> Validate(PersonForm form, bool requireFunctionAndOrganisation)
    {
        ArgumentNullException.ThrowIfNull(form);
        var check = new FormChecker(detector);
        string? id = null;
        if (string.IsNullOrWhiteSpace(form.AadObjectId))
        {
            check.Add(RecordFields.AadObjectId, ErrorCodes.Required, RecordsText.Required);
        }
        else if (!Guid.TryParse(form.AadObjectId.Trim(), out _))
        {
            check.Add(RecordFields.AadObjectId, ErrorCodes.InvalidId, RecordsText.InvalidUserId);
        }
        else
        {
            id = Actor.NormaliseUserId(form.AadObjectId);
        }

        var name = check.Text(RecordFields.Name, form.Name, MaxNameLength, required: true);
        var function = check.Text(RecordFields.Function, form.Function, MaxFunctionLength, requireFunctionAndOrganisation);
        var organisation = check.Text(RecordFields.Organisation, form.Organisation, MaxOrganisationLength, requireFunctionAndOrganisation);

        return check.HasErrors || id is null || name is null
            ? new Validated<Person>(null, check.Errors, check.IdentifierKinds)
            : new Validated<Person>(new Person(id, name, function, organisation), [], check.IdentifierKinds);
    }

    /// <summary>A district's name for a new district group.</summary>
    public Validated<string> ValidateDistrict(string? district)
    {
        var check = new FormChecker(detector);
        var name = check.Text(RecordFields.District, district, MaxDistrictLength, required: true);
        return check.HasErrors || name is null
            ? new Validated<string>(null, check.Errors, check.IdentifierKinds)
            : new Validated<string>(name, [], check.IdentifierKinds);
    }
}
