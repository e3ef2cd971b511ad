using Microsoft.Extensions.Configuration;
using VastbusBot.Features.Reminders;
using VastbusBot.Tests.Reminders.Support;

namespace VastbusBot.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private static ReminderOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new ReminderOptions();
        configuration.GetSection(ReminderOptions.SectionName).Bind(options);
        return options;
    }

    [Fact]
    public void Defaults_AreTheThreeDeadlines_30_14_3_Stockholm_0800()
    {
        var schedule = ReminderSchedule.Resolve(new ReminderOptions(), "t");

        Assert.Equal("Europe/Stockholm", schedule.Zone.Id);
        Assert.Equal(new TimeOnly(8, 0), schedule.SendTime);
        Assert.Equal([30, 14, 3], schedule.OffsetsDays);
        Assert.Equal(new DeadlineRule(DeadlineKind.LocalAnnualReport, 3, 1), schedule.RuleFor(DeadlineKind.LocalAnnualReport));
        Assert.Equal(new DeadlineRule(DeadlineKind.DelregionalSummary, 6, 1), schedule.RuleFor(DeadlineKind.DelregionalSummary));
        Assert.Equal(new DeadlineRule(DeadlineKind.ChairsGathering, 4, 15), schedule.RuleFor(DeadlineKind.ChairsGathering));
    }

    [Fact]
    public void ConfiguredValues_ReplaceTheDefaults_AndTenantOverridesWinForThatTenantOnly()
    {
        var options = Bind(new()
        {
            ["Reminders:OffsetsDays:0"] = "21",
            ["Reminders:OffsetsDays:1"] = "7",
            ["Reminders:SendTime"] = "09:30",
            ["Reminders:Deadlines:chairs-gathering"] = "05-10",
            ["Reminders:Tenants:t2:TimeZone"] = "Europe/Helsinki",
            ["Reminders:Tenants:t2:OffsetsDays:0"] = "10",
            ["Reminders:Tenants:t2:Deadlines:local-annual-report"] = "02-15",
            ["Reminders:Tenants:t2:Deadlines:chairs-gathering"] = "off",
        });

        var t1 = ReminderSchedule.Resolve(options, "t1");
        var t2 = ReminderSchedule.Resolve(options, "t2");

        Assert.Equal([21, 7], t1.OffsetsDays);
        Assert.Equal(new TimeOnly(9, 30), t1.SendTime);
        Assert.Equal(new DeadlineRule(DeadlineKind.ChairsGathering, 5, 10), t1.RuleFor(DeadlineKind.ChairsGathering));
        Assert.Equal(new DeadlineRule(DeadlineKind.LocalAnnualReport, 3, 1), t1.RuleFor(DeadlineKind.LocalAnnualReport));

        Assert.Equal("Europe/Helsinki", t2.Zone.Id);
        Assert.Equal([10], t2.OffsetsDays);
        Assert.Equal(new TimeOnly(9, 30), t2.SendTime);
        Assert.Equal(new DeadlineRule(DeadlineKind.LocalAnnualReport, 2, 15), t2.RuleFor(DeadlineKind.LocalAnnualReport));
        Assert.Null(t2.RuleFor(DeadlineKind.ChairsGathering));
    }

    [Fact]
    public async Task ConfiguredTenants_AreTheListedIdsAndTheTenantsWithOverrides()
    {
        var options = Bind(new()
        {
            ["Reminders:TenantIds:0"] = "t1",
            ["Reminders:TenantIds:1"] = "t2",
            ["Reminders:Tenants:t2:SendTime"] = "07:00",
            ["Reminders:Tenants:t3:SendTime"] = "07:00",
        });
        var source = new ConfiguredReminderTenants(new FixedOptions<ReminderOptions>(options));

        Assert.Equal(["t1", "t2", "t3"], (await source.GetTenantIdsAsync(CancellationToken.None)).Order());
    }

    [Theory]
    [InlineData("Reminders:TimeZone", "Mars/Olympus", "TimeZone")]
    [InlineData("Reminders:SendTime", "25:00", "SendTime")]
    [InlineData("Reminders:OffsetsDays:0", "400", "OffsetsDays")]
    [InlineData("Reminders:Deadlines:local-annual-report", "02-29", "local-annual-report")]
    [InlineData("Reminders:Deadlines:yearly-party", "12-24", "yearly-party")]
    [InlineData("Reminders:LeaseDuration", "00:02:00", "LeaseDuration")]
    [InlineData("Reminders:Tenants:t9:SendTime", "noon", "Tenants:t9:SendTime")]
    public void Validation_NamesTheBadSetting(string key, string value, string expectedInMessage)
    {
        var result = new ReminderOptionsValidation().Validate(null, Bind(new() { [key] = value }));

        Assert.True(result.Failed);
        Assert.Contains(expectedInMessage, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_AcceptsTheDefaults()
    {
        Assert.True(new ReminderOptionsValidation().Validate(null, new ReminderOptions()).Succeeded);
    }
}
