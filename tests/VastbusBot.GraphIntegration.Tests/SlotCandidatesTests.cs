using VastbusBot.GraphIntegration.Scheduling;

namespace VastbusBot.GraphIntegration.Tests;

public class SlotCandidatesTests
{
    private static readonly WorkingHours Hours = WorkingHours.Default(Stockholm.Zone);

    [Fact]
    public void SpringForward2025_LocalHoursStayPutWhileUtcShiftsByAnHour()
    {
        // Daylight saving starts on the last Sunday of March: 30 March 2025.
        var slots = SlotCandidates.Generate(new DateOnly(2025, 3, 28), new DateOnly(2025, 3, 31), TimeSpan.FromHours(1), Hours, TimeSpan.FromHours(1));

        var friday = slots.Where(s => s.Start.Date == new DateTime(2025, 3, 28)).ToList();
        var monday = slots.Where(s => s.Start.Date == new DateTime(2025, 3, 31)).ToList();
        Assert.Equal(14, slots.Count); // nothing on the weekend
        Assert.Equal(7, friday.Count);
        Assert.Equal(7, monday.Count);
        Assert.All(friday, s => Assert.Equal(TimeSpan.FromHours(1), s.Start.Offset));
        Assert.All(monday, s => Assert.Equal(TimeSpan.FromHours(2), s.Start.Offset));
        Assert.Equal(Stockholm.Utc(2025, 3, 28, 8), friday[0].Start);
        Assert.Equal(Stockholm.Utc(2025, 3, 31, 7), monday[0].Start);
        Assert.Equal(Stockholm.Utc(2025, 3, 31, 14), monday[^1].End); // 16:00 local
    }

    [Fact]
    public void FallBack2025_LocalHoursStayPutWhileUtcShiftsByAnHour()
    {
        // Daylight saving ends on the last Sunday of October: 26 October 2025.
        var slots = SlotCandidates.Generate(new DateOnly(2025, 10, 24), new DateOnly(2025, 10, 27), TimeSpan.FromMinutes(90), Hours, TimeSpan.FromMinutes(30));

        var friday = slots.Where(s => s.Start.Date == new DateTime(2025, 10, 24)).ToList();
        var monday = slots.Where(s => s.Start.Date == new DateTime(2025, 10, 27)).ToList();
        Assert.Equal(Stockholm.Utc(2025, 10, 24, 7), friday[0].Start);
        Assert.Equal(Stockholm.Utc(2025, 10, 27, 8), monday[0].Start);
        Assert.Equal(new TimeSpan(14, 30, 0), friday[^1].Start.TimeOfDay);
        Assert.Equal(new TimeSpan(16, 0, 0), monday[^1].End.TimeOfDay);
        Assert.All(slots, s => Assert.True(s.End.TimeOfDay <= new TimeSpan(16, 0, 0)));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromMinutes(90), s.Duration));
    }

    [Theory]
    [InlineData(2026, 3, 27, 8)] // Friday before spring forward (29 March 2026): 09:00 CET
    [InlineData(2026, 3, 30, 7)] // Monday after: 09:00 CEST
    [InlineData(2026, 10, 23, 7)] // Friday before fall back (25 October 2026): 09:00 CEST
    [InlineData(2026, 10, 26, 8)] // Monday after: 09:00 CET
    public void FirstSlotOfTheDay_IsNineLocal_InUtcOfThatSeason(int year, int month, int day, int utcHour)
    {
        var date = new DateOnly(year, month, day);

        var first = SlotCandidates.Generate(date, date, TimeSpan.FromHours(1), Hours, TimeSpan.FromMinutes(30))[0];

        Assert.Equal(Stockholm.Utc(year, month, day, utcHour), first.Start);
        Assert.Equal(new TimeSpan(9, 0, 0), first.Start.TimeOfDay);
    }

    [Fact]
    public void EasterWeek_GoodFridayAndEasterMondayHaveNoSlots()
    {
        var slots = SlotCandidates.Generate(new DateOnly(2025, 4, 14), new DateOnly(2025, 4, 25), TimeSpan.FromHours(1), Hours, TimeSpan.FromHours(1));
        var days = slots.Select(s => DateOnly.FromDateTime(s.Start.Date)).Distinct().ToList();

        Assert.DoesNotContain(new DateOnly(2025, 4, 18), days);
        Assert.DoesNotContain(new DateOnly(2025, 4, 21), days);
        Assert.Contains(new DateOnly(2025, 4, 17), days); // maundy thursday is a working day
        Assert.Contains(new DateOnly(2025, 4, 22), days);
        Assert.Equal(8, days.Count); // 10 weekdays minus two holidays
    }

    [Fact]
    public void MidsummerWeek_MidsummerEveHasNoSlots()
    {
        var slots = SlotCandidates.Generate(new DateOnly(2025, 6, 16), new DateOnly(2025, 6, 23), TimeSpan.FromHours(1), Hours, TimeSpan.FromHours(1));
        var days = slots.Select(s => DateOnly.FromDateTime(s.Start.Date)).Distinct().ToList();

        Assert.Equal(
            [new DateOnly(2025, 6, 16), new DateOnly(2025, 6, 17), new DateOnly(2025, 6, 18), new DateOnly(2025, 6, 19), new DateOnly(2025, 6, 23)],
            days);
    }

    [Fact]
    public void TwoHourMeeting_LastStartLeavesTimeToEndByFour()
    {
        var date = new DateOnly(2025, 9, 10);

        var slots = SlotCandidates.Generate(date, date, TimeSpan.FromHours(2), Hours, TimeSpan.FromMinutes(30));

        Assert.Equal(11, slots.Count); // 09:00, 09:30, ..., 14:00
        Assert.Equal(new TimeSpan(14, 0, 0), slots[^1].Start.TimeOfDay);
        Assert.Equal(new TimeSpan(16, 0, 0), slots[^1].End.TimeOfDay);
    }

    [Fact]
    public void MeetingLongerThanTheWorkingDay_HasNoSlots()
    {
        Assert.Empty(SlotCandidates.Generate(new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 12), TimeSpan.FromHours(8), Hours, TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void NotBefore_DropsSlotsThatStartEarlier()
    {
        var date = new DateOnly(2025, 9, 10);

        var slots = SlotCandidates.Generate(date, date, TimeSpan.FromHours(1), Hours, TimeSpan.FromHours(1), notBefore: Stockholm.At(2025, 9, 10, 12, 15));

        Assert.Equal([new TimeSpan(13, 0, 0), new TimeSpan(14, 0, 0), new TimeSpan(15, 0, 0)], slots.Select(s => s.Start.TimeOfDay));
    }

    [Fact]
    public void CustomWorkingDaysAndHours_AreHonoured()
    {
        var hours = new WorkingHours(new TimeOnly(10, 0), new TimeOnly(12, 0), [DayOfWeek.Tuesday], Stockholm.Zone);

        var slots = SlotCandidates.Generate(new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 14), TimeSpan.FromHours(1), hours, TimeSpan.FromHours(1));

        Assert.Equal([Stockholm.At(2025, 9, 9, 10), Stockholm.At(2025, 9, 9, 11)], slots.Select(s => s.Start));
    }

    [Fact]
    public void NightOfSpringForward_SkippedLocalTimesAreNeverProposedAndSlotsLastTheirRealDuration()
    {
        // An unusual working day across the change (02:00 → 03:00 on 30 March 2025) shows the arithmetic is in instants.
        var hours = new WorkingHours(new TimeOnly(1, 0), new TimeOnly(5, 0), [DayOfWeek.Sunday], Stockholm.Zone);

        var slots = SlotCandidates.Generate(new DateOnly(2025, 3, 30), new DateOnly(2025, 3, 30), TimeSpan.FromHours(1), hours, TimeSpan.FromMinutes(30), isDayOff: _ => false);

        Assert.DoesNotContain(slots, s => s.Start.Hour == 2);
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(1), s.Duration));
        Assert.Contains(slots, s => s.Start == Stockholm.Utc(2025, 3, 30, 0, 30) && s.End.TimeOfDay == new TimeSpan(3, 30, 0));
    }

    [Fact]
    public void NightOfFallBack_AmbiguousLocalTimeIsTakenOnceAsStandardTime()
    {
        var hours = new WorkingHours(new TimeOnly(1, 0), new TimeOnly(5, 0), [DayOfWeek.Sunday], Stockholm.Zone);

        var slots = SlotCandidates.Generate(new DateOnly(2025, 10, 26), new DateOnly(2025, 10, 26), TimeSpan.FromHours(1), hours, TimeSpan.FromHours(1), isDayOff: _ => false);

        var twoOClock = Assert.Single(slots, s => s.Start.Hour == 2);
        Assert.Equal(Stockholm.Utc(2025, 10, 26, 1), twoOClock.Start); // 02:00 CET, the second 02:00 of the night
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(1), s.Duration));
        Assert.Equal(slots.OrderBy(s => s.Start).Select(s => s.Start), slots.Select(s => s.Start));
    }
}
