using VastbusBot.Features.Reminders;
using VastbusBot.Tests.Reminders.Support;

namespace VastbusBot.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private const string Tenant = "tenant-1";
    private static readonly DeadlineOccurrence March2027 = new(DeadlineKind.LocalAnnualReport, new DateOnly(2027, 3, 1));

    private static ReminderSchedule Schedule(Action<ReminderOptions>? configure = null)
    {
        var options = new ReminderOptions();
        configure?.Invoke(options);
        return ReminderSchedule.Resolve(options, Tenant);
    }

    private static ReportObligation Chair(string aad, bool submitted = false) =>
        new(aad, "group-" + aad, "Grupp " + aad, ObligationRole.LocalChair, submitted);

    private static IReadOnlyList<DueReminder> Plan(
        DateTimeOffset now,
        IReadOnlyList<ReportObligation> chairs,
        Func<string, RecipientSettings>? settings = null,
        DateTimeOffset? lastRun = null,
        ReminderSchedule? schedule = null,
        DeadlineOccurrence? occurrence = null) =>
        ReminderPlanner.Plan(
            schedule ?? Schedule(),
            [new OccurrenceObligations(occurrence ?? March2027, chairs)],
            settings ?? (_ => RecipientSettings.Default),
            lastRun,
            now);

    [Fact]
    public void FourteenDaysBefore1March_EachChairWhoHasNotSubmitted_IsDueOnce_WithTheFourteenDayOffset()
    {
        var now = Stockholm.At(2027, 2, 15, 8, 0);

        var due = Plan(now, [Chair("a"), Chair("b"), Chair("c", submitted: true)]);

        Assert.Equal(["a", "b"], due.Select(d => d.Obligation.RecipientAadObjectId).Order());
        Assert.All(due, d => Assert.Equal(14, d.OffsetDays));
        Assert.All(due, d => Assert.Equal(Stockholm.At(2027, 2, 15, 8, 0), d.ScheduledAt));
    }

    [Fact]
    public void JustBeforeTheSendTime_TheEarlierOffsetIsStillTheLatestDue()
    {
        var due = Assert.Single(Plan(Stockholm.At(2027, 2, 15, 7, 59), [Chair("a")]));

        Assert.Equal(30, due.OffsetDays);
    }

    [Fact]
    public void BeforeTheFirstOffset_NothingIsDue()
    {
        Assert.Empty(Plan(Stockholm.At(2027, 1, 30, 7, 59), [Chair("a")]));
        Assert.Single(Plan(Stockholm.At(2027, 1, 30, 8, 0), [Chair("a")]));
    }

    [Fact]
    public void AfterDowntime_OnlyTheMostRecentMissedOffsetIsDue_AndItIsMarkedLate()
    {
        // The last run was before the 30-day reminder; the service comes back after the 14-day one.
        var lastRun = Stockholm.At(2027, 1, 20, 12, 0);
        var now = Stockholm.At(2027, 2, 20, 9, 0);

        var due = Assert.Single(Plan(now, [Chair("a")], lastRun: lastRun));

        Assert.Equal(14, due.OffsetDays);
        Assert.True(due.IsLate);
    }

    [Fact]
    public void OnTime_IsNotLate()
    {
        var due = Assert.Single(Plan(Stockholm.At(2027, 2, 15, 8, 3), [Chair("a")], lastRun: Stockholm.At(2027, 2, 15, 7, 58)));

        Assert.False(due.IsLate);
    }

    [Fact]
    public void OnTheDeadlineDay_TheThreeDayReminderIsStillDue_AndTheDayAfterNothing()
    {
        var last = Assert.Single(Plan(Stockholm.At(2027, 3, 1, 23, 59), [Chair("a")]));
        Assert.Equal(3, last.OffsetDays);

        Assert.Empty(Plan(Stockholm.At(2027, 3, 2, 0, 0), [Chair("a")]));
    }

    [Fact]
    public void APausedUser_GetsNothing_AndOthersAreUnaffected()
    {
        var due = Plan(
            Stockholm.At(2027, 2, 15, 9, 0),
            [Chair("a"), Chair("b")],
            aad => aad == "a" ? new RecipientSettings(true, null, null) : RecipientSettings.Default);

        Assert.Equal("b", Assert.Single(due).Obligation.RecipientAadObjectId);
    }

    [Fact]
    public void AUsersOwnOffsets_ReplaceTheTenantsOffsets()
    {
        var own = new RecipientSettings(false, [7, 1], null);

        Assert.Empty(Plan(Stockholm.At(2027, 2, 15, 9, 0), [Chair("a")], _ => own));
        var due = Assert.Single(Plan(Stockholm.At(2027, 2, 22, 9, 0), [Chair("a")], _ => own));
        Assert.Equal(7, due.OffsetDays);
    }

    [Fact]
    public void AUserInAnotherTimeZone_IsRemindedAtTheSendTimeInTheirZone()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var settings = new RecipientSettings(false, null, london);

        // 08:30 in Stockholm is 07:30 in London: not yet 08:00 there.
        Assert.Equal(30, Assert.Single(Plan(Stockholm.At(2027, 2, 15, 8, 30), [Chair("a")], _ => settings)).OffsetDays);
        Assert.Equal(14, Assert.Single(Plan(Stockholm.At(2027, 2, 15, 9, 0), [Chair("a")], _ => settings)).OffsetDays);
    }

    [Fact]
    public void SendTimes_FollowDaylightSavingTime_At0800Local()
    {
        var june = new DeadlineOccurrence(DeadlineKind.DelregionalSummary, new DateOnly(2027, 6, 1));

        // Winter (UTC+1) and summer (UTC+2): 08:00 local is 07:00 and 06:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 2, 15, 7, 0, 0, TimeSpan.Zero), ReminderTimes.SendAt(March2027, 14, new TimeOnly(8, 0), Stockholm.Zone).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2027, 5, 2, 6, 0, 0, TimeSpan.Zero), ReminderTimes.SendAt(june, 30, new TimeOnly(8, 0), Stockholm.Zone).ToUniversalTime());
    }

    [Fact]
    public void ASendTimeInTheSpringForwardGap_MovesPastTheGap_AndOneInTheAutumnOverlap_IsTheFirst()
    {
        // 2027-03-28 02:30 does not exist in Stockholm; 2027-10-31 02:30 happens twice.
        var spring = ReminderTimes.At(new DateOnly(2027, 3, 28), new TimeOnly(2, 30), Stockholm.Zone);
        var autumn = ReminderTimes.At(new DateOnly(2027, 10, 31), new TimeOnly(2, 30), Stockholm.Zone);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), spring.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), autumn.ToUniversalTime());
    }

    [Fact]
    public void AReminderOnTheDaylightSavingDay_IsDueAtTheShiftedTime()
    {
        var schedule = Schedule(o =>
        {
            o.Deadlines["delregional-summary"] = "04-01";
            o.OffsetsDays.Add(4);
            o.SendTime = "02:30";
        });
        var april = new DeadlineOccurrence(DeadlineKind.DelregionalSummary, new DateOnly(2027, 4, 1));
        var coordinator = new ReportObligation("k", "area-1", "Fyrbodal", ObligationRole.DelregionalCoordinator, false);

        Assert.Empty(Plan(new DateTimeOffset(2027, 3, 28, 0, 59, 0, TimeSpan.Zero), [coordinator], schedule: schedule, occurrence: april));
        var due = Assert.Single(Plan(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), [coordinator], schedule: schedule, occurrence: april));
        Assert.Equal(4, due.OffsetDays);
    }

    [Fact]
    public void TheDeadlineEnds_AtMidnightAfterItsDate_InSummerTimeToo()
    {
        var june = new DeadlineOccurrence(DeadlineKind.DelregionalSummary, new DateOnly(2027, 6, 1));

        Assert.Equal(new DateTimeOffset(2027, 6, 1, 22, 0, 0, TimeSpan.Zero), ReminderTimes.DeadlineEnd(june, Stockholm.Zone).ToUniversalTime());
    }

    [Fact]
    public void OpenOccurrences_AreTheDeadlinesNotYetPassedWithinTheHorizon()
    {
        var schedule = Schedule();

        var inFebruary = ReminderPlanner.OpenOccurrences(schedule, Stockholm.At(2027, 2, 15, 9, 0));
        var inJuly = ReminderPlanner.OpenOccurrences(schedule, Stockholm.At(2027, 7, 1, 9, 0));

        Assert.Contains(March2027, inFebruary);
        Assert.Contains(new DeadlineOccurrence(DeadlineKind.ChairsGathering, new DateOnly(2027, 4, 15)), inFebruary);
        Assert.DoesNotContain(inFebruary, o => o.Kind == DeadlineKind.DelregionalSummary); // 1 June is more than 91 days away
        Assert.Empty(inJuly);
    }

    [Fact]
    public void ADecemberReminderForAJanuaryDeadline_CrossesTheYear()
    {
        var schedule = Schedule(o => o.Deadlines["local-annual-report"] = "01-10");
        var now = Stockholm.At(2026, 12, 20, 9, 0);
        var open = ReminderPlanner.OpenOccurrences(schedule, now);
        var january = Assert.Single(open, o => o.Kind == DeadlineKind.LocalAnnualReport);

        Assert.Equal(new DateOnly(2027, 1, 10), january.Date);
        Assert.Equal(2026, january.ReportYear);
        Assert.Equal(30, Assert.Single(Plan(now, [Chair("a")], schedule: schedule, occurrence: january)).OffsetDays);
    }

    [Fact]
    public void TheSameChairListedTwiceForOneGroup_GetsOneReminder()
    {
        Assert.Single(Plan(Stockholm.At(2027, 2, 15, 9, 0), [Chair("a"), Chair("a")]));
    }

    [Fact]
    public void ADisabledTenant_GetsNothing()
    {
        var options = new ReminderOptions();
        options.Tenants[Tenant] = new TenantReminderOptions { Enabled = false };

        Assert.Empty(Plan(Stockholm.At(2027, 2, 15, 9, 0), [Chair("a")], schedule: ReminderSchedule.Resolve(options, Tenant)));
    }

    [Fact]
    public void Upcoming_ListsTheUsersFutureReminders_SoonestFirst()
    {
        var upcoming = ReminderPlanner.Upcoming(
            Schedule(),
            [new OccurrenceObligations(March2027, [Chair("a"), Chair("b")])],
            "a",
            RecipientSettings.Default,
            Stockholm.At(2027, 2, 1, 9, 0));

        Assert.Equal([14, 3], upcoming.Select(u => u.OffsetDays));
        Assert.All(upcoming, u => Assert.Equal("a", u.Obligation.RecipientAadObjectId));
    }
}
