using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using VastbusBot.GraphEmulator;
using VastbusBot.GraphIntegration.Calendar;
using VastbusBot.GraphIntegration.Scheduling;
using static VastbusBot.GraphIntegration.Tests.GraphEmulatorFixture;

namespace VastbusBot.GraphIntegration.Tests;

public sealed class MeetingSlotFinderTests : IClassFixture<GraphEmulatorFixture>
{
    private readonly GraphEmulatorFixture _emulator;

    public MeetingSlotFinderTests(GraphEmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Fact]
    public async Task Find_AgainstTheEmulator_AvailabilityShapesTheProposalsAcrossTheSpringChange()
    {
        // Wednesday 26 March 2025, looking at Thursday 27 March – Tuesday 1 April (clocks change on Sunday 30 March).
        _emulator.Reset(seed =>
        {
            seed.WeeklyBusy.Add(new SeedWeeklyBusy { User = Organizer, Days = [DayOfWeek.Thursday], Start = "08:00", End = "17:00", Subject = "Utbildning" });
            seed.WeeklyBusy.Add(new SeedWeeklyBusy { User = Alva, Days = [DayOfWeek.Friday, DayOfWeek.Monday], Start = "09:00", End = "12:00" });
            seed.WeeklyBusy.Add(new SeedWeeklyBusy { User = Bo, Days = [DayOfWeek.Tuesday], Start = "09:00", End = "16:00", ShowAs = "oof" });
        });
        var clock = new FakeTimeProvider(Stockholm.Utc(2025, 3, 26, 8));
        using var services = _emulator.CreateServices(configure: s => s.AddSingleton<TimeProvider>(clock));
        var finder = services.GetRequiredService<IMeetingSlotFinder>();

        var result = await finder.FindAsync(new SlotSearch(OrganizerId, [Organizer], [Alva, Bo, "guest@elsewhere.example"], new DateOnly(2025, 3, 27), new DateOnly(2025, 4, 1), TimeSpan.FromHours(2)));

        Assert.True(result.IsSuccess, result.ToString());
        var options = result.Value.Options;
        Assert.Equal(5, options.Count);
        Assert.Equal(["guest@elsewhere.example"], result.Value.Unreadable);
        Assert.DoesNotContain(options, o => o.Start.Date == new DateTime(2025, 3, 27)); // the coordinator is away
        Assert.All(options, o => Assert.Equal(["guest@elsewhere.example"], o.Unknown));
        // Full attendance only after Alva's Friday and Monday mornings: 12–14 and 14–16 on both days.
        Assert.Equal(
            [Stockholm.At(2025, 3, 28, 12), Stockholm.At(2025, 3, 31, 12), Stockholm.At(2025, 3, 28, 14), Stockholm.At(2025, 3, 31, 14)],
            options.Take(4).Select(o => o.Start));
        Assert.All(options.Take(4), o => Assert.Equal([Organizer, Alva, Bo], o.Free));
        Assert.Equal(TimeSpan.FromHours(1), options[0].Start.Offset); // winter time
        Assert.Equal(TimeSpan.FromHours(2), options[1].Start.Offset); // summer time
        // The fifth option is the best of the rest, on a day not offered yet, and says who cannot come.
        Assert.Equal(Stockholm.At(2025, 4, 1, 9), options[4].Start);
        Assert.Equal([Bo], options[4].Busy);
        Assert.All(options, o => Assert.InRange(o.Start.TimeOfDay, new TimeSpan(9, 0, 0), new TimeSpan(14, 0, 0)));
        Assert.DoesNotContain(options, o => o.Start.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Fact]
    public async Task Find_WhenGraphIsBusy_PassesTheTypedResultOn()
    {
        var calendar = new Mock<ICalendarService>();
        TimeWindow asked = default;
        calendar.Setup(c => c.GetScheduleAsync("kim", It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<TimeWindow>(), It.IsAny<CancellationToken>()))
            .Callback((string _, IReadOnlyCollection<string> _, TimeWindow window, CancellationToken _) => asked = window)
            .ReturnsAsync(GraphResult<IReadOnlyList<AttendeeAvailability>>.Fail(GraphOutcome.Busy, "HTTP 429", TimeSpan.FromSeconds(7)));
        var finder = new MeetingSlotFinder(calendar.Object, Options.Create(new SchedulingOptions()), new FakeTimeProvider(Stockholm.Utc(2025, 9, 1, 6)));

        var result = await finder.FindAsync(new SlotSearch("kim", [Organizer], [Alva], new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 12), TimeSpan.FromHours(1)));

        Assert.Equal(GraphOutcome.Busy, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
        Assert.Equal(new TimeWindow(Stockholm.At(2025, 9, 8, 9), Stockholm.At(2025, 9, 12, 16)), asked);
    }

    [Fact]
    public async Task Find_RejectsARangeGraphCannotAnswer_WithoutCallingIt()
    {
        var calendar = new Mock<ICalendarService>(MockBehavior.Strict);
        var finder = new MeetingSlotFinder(calendar.Object, Options.Create(new SchedulingOptions()), TimeProvider.System);

        var tooLong = await finder.FindAsync(new SlotSearch("kim", [Organizer], [], new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), TimeSpan.FromHours(1)));
        var backwards = await finder.FindAsync(new SlotSearch("kim", [Organizer], [], new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1), TimeSpan.FromHours(1)));

        Assert.Equal(GraphOutcome.Invalid, tooLong.Outcome);
        Assert.Equal(GraphOutcome.Invalid, backwards.Outcome);
    }

    [Fact]
    public async Task Find_OverHolidaysOnly_ProposesNothingAndAsksGraphNothing()
    {
        var calendar = new Mock<ICalendarService>(MockBehavior.Strict);
        var finder = new MeetingSlotFinder(calendar.Object, Options.Create(new SchedulingOptions()), new FakeTimeProvider(Stockholm.Utc(2025, 12, 1, 6)));

        // 24–26 December 2025 (Wednesday–Friday): christmas eve, christmas day, boxing day.
        var result = await finder.FindAsync(new SlotSearch("kim", [Organizer], [Alva], new DateOnly(2025, 12, 24), new DateOnly(2025, 12, 28), TimeSpan.FromHours(1)));

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Value.Options);
    }
}
