using VastbusBot.GraphIntegration.Scheduling;

namespace VastbusBot.GraphIntegration.Tests;

public class SlotRankerTests
{
    private const string Coordinator = "kim@test.example";
    private const string Alva = "alva@test.example";
    private const string Bo = "bo@test.example";
    private const string Cecilia = "cecilia@test.example";

    private static readonly WorkingHours Hours = WorkingHours.Default(Stockholm.Zone);

    // Monday 8 – Friday 12 September 2025, one-hour slots on the hour.
    private static readonly IReadOnlyList<TimeSlot> Week =
        SlotCandidates.Generate(new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 12), TimeSpan.FromHours(1), Hours, TimeSpan.FromHours(1));

    private static BusyPeriod Busy(DateTimeOffset start, DateTimeOffset end, AvailabilityStatus status = AvailabilityStatus.Busy) => new(start, end, status);

    private static AttendeeAvailability Person(string address, params BusyPeriod[] periods) => new(address, periods);

    [Fact]
    public void BestOption_IsTheOneWhereEveryoneIsFree()
    {
        // Everyone but the coordinator is busy on Monday, Alva all of Tuesday, Bo on Wednesday morning.
        var availability = new[]
        {
            Person(Coordinator),
            Person(Alva, Busy(Stockholm.At(2025, 9, 8, 9), Stockholm.At(2025, 9, 8, 16)), Busy(Stockholm.At(2025, 9, 9, 9), Stockholm.At(2025, 9, 9, 16))),
            Person(Bo, Busy(Stockholm.At(2025, 9, 8, 9), Stockholm.At(2025, 9, 8, 16)), Busy(Stockholm.At(2025, 9, 10, 9), Stockholm.At(2025, 9, 10, 12))),
            Person(Cecilia, Busy(Stockholm.At(2025, 9, 8, 9), Stockholm.At(2025, 9, 8, 16)), Busy(Stockholm.At(2025, 9, 10, 12), Stockholm.At(2025, 9, 10, 16))),
        };

        var options = SlotRanker.Rank(Week, availability, [Coordinator]);

        Assert.Equal(5, options.Count);
        Assert.Equal(Stockholm.At(2025, 9, 11, 9), options[0].Start); // Thursday: the first day everyone is free
        Assert.Equal(Stockholm.At(2025, 9, 12, 9), options[1].Start); // then Friday, a day not offered yet
        Assert.Equal([Coordinator, Alva, Bo, Cecilia], options[0].Free);
        Assert.All(options, o => Assert.Empty(o.Busy)); // a full-attendance hour beats any other day
    }

    [Fact]
    public void EachOption_SaysWhoIsBusy()
    {
        var availability = new[]
        {
            Person(Coordinator),
            Person(Alva, Busy(Stockholm.At(2025, 9, 8, 9), Stockholm.At(2025, 9, 12, 16))), // away all week
            Person(Bo, Busy(Stockholm.At(2025, 9, 8, 9), Stockholm.At(2025, 9, 8, 10))),
        };

        var options = SlotRanker.Rank(Week, availability, [Coordinator], maxOptions: 3);

        Assert.Equal(3, options.Count);
        Assert.All(options, o => Assert.Equal([Alva], o.Busy));
        Assert.All(options, o => Assert.Equal([Coordinator, Bo], o.Free));
        Assert.DoesNotContain(options, o => o.Start == Stockholm.At(2025, 9, 8, 9)); // Bo is busy then too
    }

    [Fact]
    public void WhenNobodyCanComeOnTheBestDays_LowerAttendanceDaysFollowInOrder()
    {
        // Alva is away Monday–Wednesday, Bo Monday–Thursday: only Friday has everyone.
        var availability = new[]
        {
            Person(Coordinator),
            Person(Alva, Busy(Stockholm.At(2025, 9, 8, 9), Stockholm.At(2025, 9, 10, 16))),
            Person(Bo, Busy(Stockholm.At(2025, 9, 8, 9), Stockholm.At(2025, 9, 11, 16))),
        };

        var options = SlotRanker.Rank(Week, availability, [Coordinator], maxOptions: 3);

        Assert.Equal([3, 3, 3], options.Select(o => o.Free.Count));
        Assert.All(options, o => Assert.Equal(new DateTime(2025, 9, 12), o.Start.Date));
        Assert.Equal([9, 10, 11], options.Select(o => o.Start.Hour));
    }

    [Fact]
    public void SlotsWhereTheCoordinatorIsBusy_AreNeverProposed()
    {
        // The coordinator is free only on Friday afternoon; everyone else is free all week.
        var availability = new[]
        {
            Person(Coordinator, Busy(Stockholm.At(2025, 9, 8, 9), Stockholm.At(2025, 9, 12, 13))),
            Person(Alva),
            Person(Bo),
        };

        var options = SlotRanker.Rank(Week, availability, [Coordinator]);

        Assert.Equal(
            [Stockholm.At(2025, 9, 12, 13), Stockholm.At(2025, 9, 12, 14), Stockholm.At(2025, 9, 12, 15)],
            options.Select(o => o.Start).Order());
    }

    [Fact]
    public void Options_AreSpreadOverDaysAndNeverOverlap()
    {
        var options = SlotRanker.Rank(Week, [Person(Coordinator), Person(Alva)], [Coordinator]);

        Assert.Equal(5, options.Count);
        Assert.Equal(5, options.Select(o => o.Start.Date).Distinct().Count()); // one per weekday
        Assert.Equal(Week.Where(s => s.Start.TimeOfDay == new TimeSpan(9, 0, 0)).Select(s => s.Start), options.Select(o => o.Start)); // ties: earliest first
    }

    [Fact]
    public void FewDays_FillsUpWithNonOverlappingTimesOnTheSameDay()
    {
        var date = new DateOnly(2025, 9, 10);
        var candidates = SlotCandidates.Generate(date, date, TimeSpan.FromHours(2), Hours, TimeSpan.FromMinutes(30));

        var options = SlotRanker.Rank(candidates, [Person(Coordinator)], [Coordinator], maxOptions: 4);

        Assert.Equal([Stockholm.At(2025, 9, 10, 9), Stockholm.At(2025, 9, 10, 11), Stockholm.At(2025, 9, 10, 13)], options.Select(o => o.Start));
        Assert.All(options, a => Assert.DoesNotContain(options, b => !ReferenceEquals(a, b) && a.Slot.Overlaps(b.Start, b.End)));
    }

    [Fact]
    public void TentativeAndOutOfOfficeBlock_WhileFreeAndWorkingElsewhereDoNot()
    {
        var monday9 = Week[0];
        var availability = new[]
        {
            Person(Coordinator),
            Person(Alva, Busy(monday9.Start, monday9.End, AvailabilityStatus.Tentative)),
            Person(Bo, Busy(monday9.Start, monday9.End, AvailabilityStatus.OutOfOffice)),
            Person(Cecilia, Busy(monday9.Start, monday9.End, AvailabilityStatus.WorkingElsewhere), Busy(monday9.Start, monday9.End, AvailabilityStatus.Free)),
        };

        var scored = SlotRanker.Score(monday9, availability);

        Assert.Equal([Alva, Bo], scored.Busy);
        Assert.Equal([Coordinator, Cecilia], scored.Free);
    }

    [Fact]
    public void BackToBackMeetings_DoNotCountAsOverlapping()
    {
        var slot = new TimeSlot(Stockholm.At(2025, 9, 8, 10), Stockholm.At(2025, 9, 8, 11));
        var availability = new[]
        {
            Person(Alva, Busy(Stockholm.At(2025, 9, 8, 9), Stockholm.At(2025, 9, 8, 10))),
            Person(Bo, Busy(Stockholm.At(2025, 9, 8, 11), Stockholm.At(2025, 9, 8, 12))),
            Person(Cecilia, Busy(Stockholm.At(2025, 9, 8, 10, 59), Stockholm.At(2025, 9, 8, 12))),
        };

        var scored = SlotRanker.Score(slot, availability);

        Assert.Equal([Alva, Bo], scored.Free);
        Assert.Equal([Cecilia], scored.Busy);
    }

    [Fact]
    public void BusyTimesInUtc_AreMatchedToLocalSlotsAcrossTheSpringChange()
    {
        // Alva is busy 08:00–09:00 UTC on both Fridays around 30 March 2025: that is 09:00 local before the change
        // and 10:00 local after it.
        var candidates = SlotCandidates.Generate(new DateOnly(2025, 3, 28), new DateOnly(2025, 4, 4), TimeSpan.FromHours(1), Hours, TimeSpan.FromHours(1));
        var alva = Person(Alva, Busy(Stockholm.Utc(2025, 3, 28, 8), Stockholm.Utc(2025, 3, 28, 9)), Busy(Stockholm.Utc(2025, 4, 4, 8), Stockholm.Utc(2025, 4, 4, 9)));

        var busyLocalTimes = candidates.Where(alva.IsBusyDuring).Select(s => s.Start).ToList();

        Assert.Equal([Stockholm.At(2025, 3, 28, 9), Stockholm.At(2025, 4, 4, 10)], busyLocalTimes);
    }

    [Fact]
    public void BusyTimesInUtc_AreMatchedToLocalSlotsAcrossTheAutumnChange()
    {
        var candidates = SlotCandidates.Generate(new DateOnly(2025, 10, 24), new DateOnly(2025, 10, 27), TimeSpan.FromHours(1), Hours, TimeSpan.FromHours(1));
        var bo = Person(Bo, Busy(Stockholm.Utc(2025, 10, 24, 8), Stockholm.Utc(2025, 10, 24, 9)), Busy(Stockholm.Utc(2025, 10, 27, 8), Stockholm.Utc(2025, 10, 27, 9)));

        var options = SlotRanker.Rank(candidates, [Person(Coordinator), bo], [Coordinator]);

        Assert.Equal([Stockholm.At(2025, 10, 24, 10), Stockholm.At(2025, 10, 27, 9)], candidates.Where(bo.IsBusyDuring).Select(s => s.Start));
        Assert.DoesNotContain(options, o => o.Busy.Count > 0);
    }

    [Fact]
    public void UnreadableCalendars_AreListedAsUnknownAndRankBelowFreeOnes()
    {
        var availability = new[] { Person(Coordinator), AttendeeAvailability.Unreadable(Alva, "ErrorMailRecipientNotFound"), Person(Bo) };

        var options = SlotRanker.Rank(Week, availability, [Coordinator]);

        Assert.All(options, o => Assert.Equal([Alva], o.Unknown));
        Assert.All(options, o => Assert.Equal([Coordinator, Bo], o.Free));
    }

    [Fact]
    public void RequiredAttendeeWithUnreadableOrMissingCalendar_GivesNoOptions()
    {
        Assert.Empty(SlotRanker.Rank(Week, [AttendeeAvailability.Unreadable(Coordinator, "denied"), Person(Alva)], [Coordinator]));
        Assert.Empty(SlotRanker.Rank(Week, [Person(Alva)], [Coordinator]));
    }

    [Fact]
    public void RequiredAddresses_AreComparedWithoutCase()
    {
        var options = SlotRanker.Rank(Week, [Person("Kim@Test.Example", Busy(Stockholm.At(2025, 9, 8, 9), Stockholm.At(2025, 9, 11, 16)))], [Coordinator]);

        Assert.All(options, o => Assert.Equal(new DateTime(2025, 9, 12), o.Start.Date));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    public void MaxOptionsOutsideThreeToFive_IsRejected(int maxOptions)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SlotRanker.Rank(Week, [Person(Coordinator)], [Coordinator], maxOptions));
    }
}
