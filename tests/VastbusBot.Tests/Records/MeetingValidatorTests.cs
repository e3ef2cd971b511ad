using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Privacy;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Features.Records.Validation;
using VastbusBot.Tests.Privacy;

namespace VastbusBot.Tests.Records;

public sealed class MeetingValidatorTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);
    private readonly MeetingValidator _validator = new(new PersonalIdentifierDetector());

    internal static MeetingForm ValidForm(string date = "2025-05-20") => new(
        date,
        [new ParticipantForm("Anna Berg", "Socialtjänsten"), new ParticipantForm("Omar Said", "BUP")],
        "Rutiner för Västbusmöten inom tre veckor.",
        "Skolan bjuder in till nästa möte.",
        ["Utbildning i SIP-processen"],
        "Två avvikelser om uteblivna parter.");

    [Fact]
    public void Validate_CompleteForm_GivesTrimmedContent()
    {
        var form = ValidForm() with
        {
            Topics = "  Rutiner\r\nför möten  ",
            Participants = [new ParticipantForm(" Anna Berg ", " Socialtjänsten "), new ParticipantForm(" ", ""), new ParticipantForm("Omar Said", "BUP")],
            Trainings = ["", "Utbildning i SIP-processen", null],
        };

        var result = _validator.Validate(form, Today);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Field + ":" + e.Code)));
        var content = result.Value!;
        Assert.Equal(new DateOnly(2025, 5, 20), content.Date);
        Assert.Equal("Rutiner\nför möten", content.Topics);
        Assert.Equal([new Participant("Anna Berg", "Socialtjänsten"), new Participant("Omar Said", "BUP")], content.Participants);
        Assert.Equal(["Utbildning i SIP-processen"], content.Trainings);
    }

    [Fact]
    public void Validate_OptionalFieldsEmpty_IsValid()
    {
        var result = _validator.Validate(ValidForm() with { Decisions = " ", Trainings = null, DeviationsDiscussed = null }, Today);

        Assert.True(result.IsValid);
        Assert.Null(result.Value!.Decisions);
        Assert.Empty(result.Value.Trainings);
    }

    [Theory]
    [InlineData(null, ErrorCodes.Required)]
    [InlineData("", ErrorCodes.Required)]
    [InlineData("20/5/2025", ErrorCodes.InvalidDate)]
    [InlineData("2025-02-30", ErrorCodes.InvalidDate)]
    [InlineData("2025-5-20", ErrorCodes.InvalidDate)]
    [InlineData("2025-06-16", ErrorCodes.FutureDate)]
    [InlineData("2022-12-31", ErrorCodes.TooOld)]
    public void Validate_BadDate_IsAFieldError(string? date, string code)
    {
        var result = _validator.Validate(ValidForm(date!), Today);

        var error = Assert.Single(result.Errors);
        Assert.Equal((RecordFields.Date, code), (error.Field, error.Code));
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("2025-06-15")]
    [InlineData("2023-01-01")]
    public void Validate_DateAtTheLimits_IsValid(string date) => Assert.True(_validator.Validate(ValidForm(date), Today).IsValid);

    [Fact]
    public void Validate_DateErrors_SayWhatToDoInBothLanguages()
    {
        var future = Assert.Single(_validator.Validate(ValidForm("2025-07-01"), Today).Errors).Message;
        var format = Assert.Single(_validator.Validate(ValidForm("1 maj"), Today).Errors).Message;

        Assert.Equal("Datumet kan inte ligga efter i dag (2025-06-15).", future[UiLanguage.Swedish]);
        Assert.Equal("The date cannot be later than today (2025-06-15).", future[UiLanguage.English]);
        Assert.Contains("ÅÅÅÅ-MM-DD", format.Sv, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", format.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoParticipants_RequiresAtLeastOne()
    {
        var result = _validator.Validate(ValidForm() with { Participants = [new ParticipantForm("", " ")] }, Today);

        var error = Assert.Single(result.Errors);
        Assert.Equal((RecordFields.Participants, ErrorCodes.Required), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_HalfFilledParticipantRow_NamesTheMissingPartByItsRow()
    {
        var result = _validator.Validate(ValidForm() with { Participants = [new ParticipantForm("Anna Berg", "BUP"), new ParticipantForm("Omar Said", null)] }, Today);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("participants[1].organisation", ErrorCodes.Required), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_TooManyParticipantsAndTrainings_AreRefused()
    {
        var participants = Enumerable.Range(0, MeetingValidator.MaxParticipants + 1).Select(i => new ParticipantForm($"Person {i}", "Skola")).ToList();
        var trainings = Enumerable.Range(0, MeetingValidator.MaxTrainings + 1).Select(i => (string?)$"Utbildning {i}").ToList();

        var result = _validator.Validate(ValidForm() with { Participants = participants, Trainings = trainings }, Today);

        Assert.Contains(result.Errors, e => e is { Field: RecordFields.Participants, Code: ErrorCodes.TooMany });
        Assert.Contains(result.Errors, e => e is { Field: RecordFields.Trainings, Code: ErrorCodes.TooMany });
    }

    [Fact]
    public void Validate_TooLongText_SaysHowLongItIsAndWhatFits()
    {
        var result = _validator.Validate(ValidForm() with { Topics = new string('a', MeetingValidator.MaxTopicsLength + 5) }, Today);

        var error = Assert.Single(result.Errors);
        Assert.Equal((RecordFields.Topics, ErrorCodes.TooLong), (error.Field, error.Code));
        Assert.Contains("2005", error.Message.Sv, StringComparison.Ordinal);
        Assert.Contains("2000", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TopicsRequired()
    {
        var error = Assert.Single(_validator.Validate(ValidForm() with { Topics = "\n " }, Today).Errors);

        Assert.Equal((RecordFields.Topics, ErrorCodes.Required), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_PersonnummerInDecisions_IsRefusedWithAMaskedExplanation()
    {
        var pnr = IdentityNumbers.For(new DateOnly(2012, 4, 3), 271, IdFormat.TenDash);

        var result = _validator.Validate(ValidForm() with { Decisions = $"Beslut om {pnr}: skolan kallar." }, Today);

        var error = Assert.Single(result.Errors);
        Assert.Equal((RecordFields.Decisions, ErrorCodes.Identifier), (error.Field, error.Code));
        Assert.Contains("ett personnummer", error.Message.Sv, StringComparison.Ordinal);
        Assert.Contains("personal identity number", error.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain(pnr, error.Message.Sv, StringComparison.Ordinal);
        Assert.Contains(pnr[..2] + "****-****", error.Message.Sv, StringComparison.Ordinal);
        Assert.Equal([IdentifierKind.PersonalIdentityNumber], result.RefusedIdentifiers);
    }

    [Fact]
    public void Validate_IdentifiersInEveryFreeTextField_AreEachReported()
    {
        var form = new MeetingForm(
            "2025-05-20",
            [new ParticipantForm("anna.berg@skolan.se", "Skolan"), new ParticipantForm("Omar Said", "BUP 070-123 45 67")],
            "Ärende " + IdentityNumbers.For(new DateOnly(2010, 2, 3), 11, IdFormat.Twelve, coordination: true),
            "Ring 031-123 45 67",
            ["Kurs för " + IdentityNumbers.For(new DateOnly(2014, 9, 9), 99, IdFormat.TwelveDash)],
            "Mejla x@y.se");

        var result = _validator.Validate(form, Today);

        Assert.Equal(
            ["participants[0].name", "participants[1].organisation", RecordFields.Topics, RecordFields.Decisions, "trainings[0]", RecordFields.DeviationsDiscussed],
            result.Errors.Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.Identifier, e.Code));
        Assert.Equal(
            new[] { IdentifierKind.EmailAddress, IdentifierKind.PhoneNumber, IdentifierKind.CoordinationNumber, IdentifierKind.PersonalIdentityNumber }.Order(),
            result.RefusedIdentifiers.Order());
    }

    [Fact]
    public void Validate_OrdinaryNumbersInText_AreAccepted()
    {
        var result = _validator.Validate(
            ValidForm() with { Topics = "Under 2024 hölls 6 möten; SFS 2001:453 gäller. Kostnad 1 250 000 kr. Nästa möte 2025-09-01." },
            Today);

        Assert.True(result.IsValid);
    }
}
