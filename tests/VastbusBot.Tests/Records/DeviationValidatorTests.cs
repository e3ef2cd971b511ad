using VastbusBot.Features.Privacy;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Validation;
using VastbusBot.Tests.Privacy;

namespace VastbusBot.Tests.Records;

public sealed class DeviationValidatorTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);
    private readonly DeviationValidator _validator = new(new PersonalIdentifierDetector());

    internal static DeviationForm ValidForm(string category = "called-party-absent") => new(
        "2025-06-02",
        "Elevhälsan, Borås",
        ["BUP", " ", "Socialtjänsten"],
        category,
        "BUP kom inte till Västbusmötet trots kallelse två veckor i förväg.",
        "Ta upp kallelserutinen i ledningsgruppen.");

    private static Deviation Stored(DeviationStatus status, string? analysis = null)
    {
        var stamp = new Stamp("00000000-0000-0000-0000-000000000001", "Reporter", new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero));
        var content = new DeviationContent(new DateOnly(2025, 6, 2), "Skolan", ["BUP"], DeviationCategory.CalledPartyAbsent, "Uteblev.", null);
        return new Deviation("id", "tenant", "boras", "sub", content, status, analysis, stamp, null, [new StatusChange(null, DeviationStatus.Received, stamp)], "1");
    }

    [Fact]
    public void Validate_CompleteReport_GivesContent()
    {
        var result = _validator.Validate(ValidForm(), Today);

        Assert.True(result.IsValid);
        Assert.Equal(DeviationCategory.CalledPartyAbsent, result.Value!.Category);
        Assert.Equal(["BUP", "Socialtjänsten"], result.Value.PartiesConcerned);
        Assert.Equal(new DateOnly(2025, 6, 2), result.Value.Date);
    }

    [Fact]
    public void Categories_EveryCodeParsesBackAndHasBothLabels()
    {
        foreach (var option in DeviationCategories.All)
        {
            Assert.Equal(option.Value, DeviationCategories.Parse(option.Code.ToUpperInvariant()));
            Assert.True(_validator.Validate(ValidForm(option.Code), Today).IsValid);
            Assert.False(string.IsNullOrWhiteSpace(option.Label.Sv));
            Assert.False(string.IsNullOrWhiteSpace(option.Label.En));
        }

        Assert.Equal(Enum.GetValues<DeviationCategory>().Length, DeviationCategories.All.Count);
    }

    [Theory]
    [InlineData("missing-child")]
    [InlineData("CalledPartyAbsent")]
    [InlineData("0")]
    public void Validate_UnknownCategory_IsAnInvalidChoice(string category)
    {
        var error = Assert.Single(_validator.Validate(ValidForm(category), Today).Errors);

        Assert.Equal((RecordFields.Category, ErrorCodes.InvalidChoice), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_EmptyReport_ListsEveryRequiredField()
    {
        var result = _validator.Validate(new DeviationForm(null, null, null, null, null, null), Today);

        Assert.Equal(
            [RecordFields.Date, RecordFields.ReportingOrganisation, RecordFields.PartiesConcerned, RecordFields.Category, RecordFields.Description],
            result.Errors.Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.Required, e.Code));
    }

    [Fact]
    public void Validate_TooManyPartiesConcerned_IsRefused()
    {
        var parties = Enumerable.Range(0, DeviationValidator.MaxPartiesConcerned + 1).Select(i => (string?)$"Part {i}").ToList();

        var error = Assert.Single(_validator.Validate(ValidForm() with { PartiesConcerned = parties }, Today).Errors);

        Assert.Equal((RecordFields.PartiesConcerned, ErrorCodes.TooMany), (error.Field, error.Code));
    }

    [Theory]
    [InlineData("Pojken, tel 0739-87 65 43, kom inte.")]
    [InlineData("Mamman nås på mamma.m@mail.se.")]
    public void Validate_DirectIdentifierInDescription_IsRefused(string description)
    {
        var error = Assert.Single(_validator.Validate(ValidForm() with { Description = description }, Today).Errors);

        Assert.Equal((RecordFields.Description, ErrorCodes.Identifier), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_PersonnummerInProposedAction_IsRefused()
    {
        var form = ValidForm() with { ProposedAction = "Följ upp " + IdentityNumbers.For(new DateOnly(2016, 12, 24), 5, IdFormat.Ten) };

        var error = Assert.Single(_validator.Validate(form, Today).Errors);

        Assert.Equal((RecordFields.ProposedAction, ErrorCodes.Identifier), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(DeviationStatus.Received, "under-analysis", true)]
    [InlineData(DeviationStatus.Received, "resolved", true)]
    [InlineData(DeviationStatus.Received, "escalated", true)]
    [InlineData(DeviationStatus.UnderAnalysis, "resolved", true)]
    [InlineData(DeviationStatus.UnderAnalysis, "escalated", true)]
    [InlineData(DeviationStatus.UnderAnalysis, "received", false)]
    [InlineData(DeviationStatus.Escalated, "under-analysis", true)]
    [InlineData(DeviationStatus.Escalated, "resolved", true)]
    [InlineData(DeviationStatus.Escalated, "received", false)]
    [InlineData(DeviationStatus.Resolved, "under-analysis", true)]
    [InlineData(DeviationStatus.Resolved, "escalated", false)]
    [InlineData(DeviationStatus.Resolved, "received", false)]
    public void ValidateHandling_Transitions(DeviationStatus from, string to, bool allowed)
    {
        var result = _validator.ValidateHandling(new DeviationHandlingForm(to, "Analysen: kallelsen gick till fel adress."), Stored(from));

        if (allowed)
        {
            Assert.True(result.IsValid);
            Assert.Equal(DeviationStatuses.Parse(to), result.Value!.Status);
        }
        else
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal((RecordFields.Status, ErrorCodes.InvalidTransition), (error.Field, error.Code));
            Assert.Contains(DeviationStatuses.Label(from).Sv, error.Message.Sv, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("resolved")]
    [InlineData("escalated")]
    public void ValidateHandling_ResolvingOrEscalatingWithoutAnalysis_AsksForIt(string to)
    {
        var error = Assert.Single(_validator.ValidateHandling(new DeviationHandlingForm(to, "  "), Stored(DeviationStatus.UnderAnalysis)).Errors);

        Assert.Equal((RecordFields.Analysis, ErrorCodes.Required), (error.Field, error.Code));
        Assert.Contains(DeviationStatuses.Label(DeviationStatuses.Parse(to)!.Value).Sv, error.Message.Sv, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateHandling_StartingAnalysisWithoutText_IsFine()
    {
        Assert.True(_validator.ValidateHandling(new DeviationHandlingForm("under-analysis", null), Stored(DeviationStatus.Received)).IsValid);
    }

    [Fact]
    public void ValidateHandling_SameStatusNewAnalysis_IsAnUpdate_SameStatusSameAnalysis_IsNothing()
    {
        var current = Stored(DeviationStatus.UnderAnalysis, "Första analysen.");

        Assert.True(_validator.ValidateHandling(new DeviationHandlingForm("under-analysis", "Andra analysen."), current).IsValid);
        var error = Assert.Single(_validator.ValidateHandling(new DeviationHandlingForm("under-analysis", " Första analysen. "), current).Errors);
        Assert.Equal(ErrorCodes.Unchanged, error.Code);
    }

    [Fact]
    public void ValidateHandling_IdentifierInAnalysis_IsRefused()
    {
        var analysis = "Gäller " + IdentityNumbers.For(new DateOnly(2011, 1, 1), 1, IdFormat.TwelveDash);

        var error = Assert.Single(_validator.ValidateHandling(new DeviationHandlingForm("resolved", analysis), Stored(DeviationStatus.UnderAnalysis)).Errors);

        Assert.Equal((RecordFields.Analysis, ErrorCodes.Identifier), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(null, ErrorCodes.Required)]
    [InlineData("closed", ErrorCodes.InvalidChoice)]
    public void ValidateHandling_MissingOrUnknownStatus(string? status, string code)
    {
        var error = Assert.Single(_validator.ValidateHandling(new DeviationHandlingForm(status, "x"), Stored(DeviationStatus.Received)).Errors);

        Assert.Equal((RecordFields.Status, code), (error.Field, error.Code));
    }
}
