using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Booking;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Tests.Booking;

/// <summary>Gatherings in every state, at their largest (15 chairs, long names, five options), for the card tests.</summary>
internal static class BookingSamples
{
    public static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static readonly DateOnly Today = new(2026, 9, 1);

    public static Area Area { get; } = new("skaraborg", new LocalizedText("Skaraborg", "Skaraborg"), new LocalizedText("d", "d"), Established: true);

    public static IReadOnlyList<Area> Areas { get; } =
    [
        Area,
        new("fyrbodal", new LocalizedText("Fyrbodal", "Fyrbodal"), new LocalizedText("d", "d"), Established: true),
    ];

    public static BookingFormModel Form(UiLanguage language) =>
        new(Guid.Empty.ToString(), Areas, new BookingForm(Area.Id, "2026-09-15", "2026-10-12", "120", BookingForm.Online, null, BookingTexts.DefaultAgenda[language]), Today);

    public static BookingFormModel TypedForm() =>
        new(Guid.Empty.ToString(), Areas, new BookingForm(Area.Id, "2026-08-01", "2026-07-01", "90", BookingForm.OnSite, new string('p', 200), new string('a', 2000)), Today);

    public static IReadOnlyList<FieldError> EveryFieldWrong() =>
    [
        .. new[] { BookingFields.Area, BookingFields.From, BookingFields.To, BookingFields.Duration, BookingFields.Mode, BookingFields.Location, BookingFields.Agenda }
            .Select(f => new FieldError(f, ErrorCodes.Required, RecordsText.Identifier.With(RecordsText.Describe(Features.Privacy.IdentifierKind.PhoneNumber), new string('x', 60)))),
    ];

    public static Gathering Draft(int chairs = 15) => Base(GatheringStatus.Draft) with { Options = Options(chairs) };

    public static Gathering Booked(bool online = true) => Base(GatheringStatus.Booked) with
    {
        Request = Base(GatheringStatus.Booked).Request with { Online = online, Location = online ? null : "Regionens hus, Skövde, sal 3 (entréplan, till vänster efter receptionen)" },
        Event = new GatheringEvent(
            new string('e', 150),
            At(2026, 10, 27, 9),
            At(2026, 10, 27, 11),
            online ? "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + new string('m', 120) + "%40thread.v2/0" : null,
            "https://outlook.office365.com/owa/?itemid=" + new string('w', 150),
            Guid.Empty.ToString()),
    };

    public static Gathering BookedWithMoveOptions() => Booked() with { Options = Options(15), OptionsForMove = true };

    public static Gathering Cancelled() => Booked() with { Status = GatheringStatus.Cancelled };

    private static Gathering Base(GatheringStatus status)
    {
        var attendees = new List<GatheringAttendee>
        {
            new(Id(0), "Annika Bokare-Långnamnsdotter", AttendeeRole.Booker, null, null, "annika@example.test"),
            new(Id(1), "Lars Samordnare-Långnamnsson", AttendeeRole.Coordinator, null, null, "lars@example.test"),
        };
        attendees.AddRange(Enumerable.Range(0, 15).Select(i =>
            new GatheringAttendee(Id(10 + i), $"Ordförande Nummer {i} Långnamnsdotter", AttendeeRole.Chair, $"group-{i}", $"Kommunen Med Långt Namn {i}", i == 14 ? null : $"chair{i}@example.test")));
        return new Gathering(
            Guid.Empty.ToString(),
            "tenant",
            Area.Id,
            2026,
            status,
            new GatheringRequest(Area.Id, new DateOnly(2026, 10, 19), new DateOnly(2026, 11, 13), 150, true, null, "Agenda"),
            Id(0),
            "annika@example.test",
            attendees,
            [],
            OptionsForMove: false,
            ["Västra Hisingen (Göteborg)", "Kommunen utan ordförande"],
            null,
            new Stamp(Id(0), "Annika", DateTimeOffset.UnixEpoch),
            null);
    }

    /// <summary>Five options across the October clock change, with many busy and unknown.</summary>
    private static IReadOnlyList<GatheringOption> Options(int chairs) =>
    [
        .. Enumerable.Range(0, 5).Select(i => new GatheringOption(
            At(2026, 10, 22 + i, 9),
            At(2026, 10, 22 + i, 11, 30),
            [.. Enumerable.Range(0, Math.Min(chairs, 7)).Select(c => $"chair{c}@example.test")],
            i % 2 == 0 ? ["chair13@example.test"] : [])),
    ];

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Stockholm.GetUtcOffset(local));
    }

    private static string Id(int n) => $"00000000-0000-4000-8000-{n:D12}";
}
