using VastbusBot.Features.Booking;
using VastbusBot.Features.Privacy;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Tests.Booking;

public sealed class BookingFormValidatorTests
{
    private static readonly DateOnly Today = new(2026, 9, 1);
    private readonly BookingFormValidator _validator = new(new PersonalIdentifierDetector());

    private static BookingForm Valid() => new("fyrbodal", "2026-09-14", "2026-09-18", "120", "online", null, "1. Läget");

    private Validated<GatheringRequest> Validate(BookingForm form) => _validator.Validate(form, Today, maxRangeDays: 62, workday: TimeSpan.FromHours(7));

    [Fact]
    public void ValidForm_GivesTheRequest()
    {
        var result = Validate(Valid() with { Agenda = "  1. Läget\r\n2. Övrigt  " });

        Assert.True(result.IsValid);
        Assert.Equal(new GatheringRequest("fyrbodal", new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 18), 120, true, null, "1. Läget\n2. Övrigt"), result.Value);
    }

    [Fact]
    public void InPerson_NeedsAPlace()
    {
        var missing = Validate(Valid() with { Mode = "onsite" });
        var given = Validate(Valid() with { Mode = "onsite", Location = "Regionens hus" });

        Assert.Equal((BookingFields.Location, ErrorCodes.Required), (Assert.Single(missing.Errors).Field, missing.Errors[0].Code));
        Assert.Equal((false, "Regionens hus"), (given.Value!.Online, given.Value.Location));
    }

    [Theory]
    [InlineData("45")]
    [InlineData("480")]
    [InlineData("två timmar")]
    public void Duration_MustBeOneOfTheOfferedThatFitsTheDay(string minutes) =>
        Assert.Equal(BookingFields.Duration, Assert.Single(Validate(Valid() with { DurationMinutes = minutes }).Errors).Field);

    [Theory]
    [InlineData("2026-08-31", "2026-09-04", BookingFields.From, ErrorCodes.TooOld)]
    [InlineData("2027-09-02", "2027-09-04", BookingFields.From, ErrorCodes.InvalidDate)]
    [InlineData("2026-09-14", "2026-09-13", BookingFields.To, ErrorCodes.InvalidDate)]
    [InlineData("2026-09-01", "2026-11-02", BookingFields.To, ErrorCodes.InvalidDate)]
    [InlineData("", "2026-09-04", BookingFields.From, ErrorCodes.Required)]
    public void Period_MustStartTodayOrLater_EndAfterItStarts_AndFitGetSchedulesLimit(string from, string to, string field, string code)
    {
        var error = Assert.Single(Validate(Valid() with { From = from, To = to }).Errors);

        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public void Period_OfExactly62Days_IsAccepted() =>
        Assert.True(Validate(Valid() with { From = "2026-09-01", To = "2026-11-01" }).IsValid);

    [Theory]
    [InlineData("Ring mig på 070-123 45 67", IdentifierKind.PhoneNumber)]
    [InlineData("Gäller barnet 20150312-1236", IdentifierKind.PersonalIdentityNumber)]
    [InlineData("Frågor till kim@example.com", IdentifierKind.EmailAddress)]
    public void Agenda_WithAPersonalIdentifier_IsRefused(string agenda, IdentifierKind kind)
    {
        var result = Validate(Valid() with { Agenda = agenda });

        var error = Assert.Single(result.Errors);
        Assert.Equal((BookingFields.Agenda, ErrorCodes.Identifier), (error.Field, error.Code));
        Assert.Contains(kind, result.RefusedIdentifiers);
    }

    [Fact]
    public void Place_IsCheckedForIdentifiersToo() =>
        Assert.Equal(BookingFields.Location, Assert.Single(Validate(Valid() with { Mode = "onsite", Location = "Hos Kim, 070-123 45 67" }).Errors).Field);

    [Fact]
    public void UnknownMode_AndMissingArea_AreErrors()
    {
        var result = Validate(Valid() with { Mode = "hybrid", AreaId = " " });

        Assert.Equal([BookingFields.Area, BookingFields.Mode], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }
}
