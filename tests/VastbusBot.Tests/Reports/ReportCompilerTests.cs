using VastbusBot.Features.Reports;

namespace VastbusBot.Tests.Reports;

public sealed class ReportCompilerTests
{
    internal static readonly ReportGroup Lysekil = new(
        "g-lysekil",
        "Västbusgruppen i Lysekil",
        "Lysekil",
        "fyrbodal",
        "Fyrbodal",
        [
            new ReportMember("Anna Berg", "Enhetschef", "Socialtjänsten Lysekil"),
            new ReportMember("Omar Haddad", "Rektor", "Gullmarsgymnasiet"),
            new ReportMember("Eva Lind", "Verksamhetschef", "BUP NU-sjukvården"),
        ]);

    internal static IReadOnlyList<LoggedMeeting> Meetings2026 =>
    [
        new("m1", new DateOnly(2026, 2, 10), ["Västbus grundutbildning"]),
        new("m2", new DateOnly(2026, 4, 14), []),
        new("m2", new DateOnly(2026, 4, 14), []), // delivered twice
        new("m3", new DateOnly(2026, 9, 8), ["SIP i praktiken", "västbus grundutbildning "]),
        new("m4", new DateOnly(2026, 11, 24), ["Samtycke och sekretess"]),
        new("m0", new DateOnly(2025, 12, 2), ["Förra årets utbildning"]),
    ];

    internal static IReadOnlyList<LoggedDeviation> Deviations2026 =>
    [
        new("d1", new DateOnly(2026, 3, 3), "Kallelse", "resolved", "Kallelsen gick till fel enhet; rutinen för kallelse har förtydligats."),
        new("d2", new DateOnly(2026, 6, 20), "Uteblivet deltagande", "resolved", "Skolan deltog inte; rektor har utsett en ersättare."),
        new("d3", new DateOnly(2026, 10, 1), "Kallelse", "under-analysis", null),
        new("d9", new DateOnly(2027, 1, 5), "Kallelse", "received", "Hör till nästa år."),
    ];

    [Fact]
    public void TheAnnualReport_CountsWhatWasLoggedInTheYear_OnceEach()
    {
        var report = ReportCompiler.AnnualReport("t", Lysekil, 2026, Meetings2026, Deviations2026);

        Assert.Equal(4, report.MeetingCount);
        Assert.Equal(["Västbus grundutbildning", "SIP i praktiken", "Samtycke och sekretess"], report.Trainings);
        Assert.Equal(3, report.DeviationCount);
        Assert.Equal([new CategoryCount("Kallelse", 2), new CategoryCount("Uteblivet deltagande", 1)], report.DeviationsByCategory);
        Assert.Equal(3, report.Members.Count);
        Assert.Contains("2026-03-03 (Kallelse): Kallelsen gick till fel enhet", report.DeviationAnalysis, StringComparison.Ordinal);
        Assert.Contains("rektor har utsett en ersättare", report.DeviationAnalysis, StringComparison.Ordinal);
        Assert.DoesNotContain("nästa år", report.DeviationAnalysis, StringComparison.Ordinal);
    }

    [Fact]
    public void AGroupWithNothingLogged_GetsZeroCounts()
    {
        var report = ReportCompiler.AnnualReport("t", Lysekil, 2026, [], []);

        Assert.Equal(0, report.MeetingCount);
        Assert.Empty(report.Trainings);
        Assert.Equal(0, report.DeviationCount);
        Assert.Equal(string.Empty, report.DeviationAnalysis);
    }

    [Fact]
    public void TheSummary_ShowsWhoReported_AndSumsPerMunicipality()
    {
        var groups = SummaryGroups();
        var reports = new[]
        {
            ReportCompiler.AnnualReport("t", groups[0], 2026, Meetings2026, Deviations2026),
            ReportCompiler.AnnualReport("t", groups[1], 2026, [new LoggedMeeting("x", new DateOnly(2026, 5, 5), ["SIP"])], []),
            ReportCompiler.AnnualReport("t", groups[2], 2026, [new LoggedMeeting("y", new DateOnly(2026, 5, 5), [])], [new LoggedDeviation("z", new DateOnly(2026, 5, 6), null, null, null)]),
            ReportCompiler.AnnualReport("t", groups[2], 2025, Meetings2026, Deviations2026), // another year: ignored
        };

        var summary = ReportCompiler.Summary("fyrbodal", "Fyrbodal", 2026, groups, reports);

        Assert.Equal(3, summary.ReportedCount);
        Assert.Equal(4, summary.Groups.Count);
        Assert.False(Assert.Single(summary.Groups, g => g.GroupId == "g-amal").Reported);
        Assert.Equal(["Lysekil", "Uddevalla", "Åmål"], summary.Municipalities.Select(m => m.Municipality));
        var uddevalla = summary.Municipalities[1];
        Assert.Equal((2, 2, 2, 1, 1), (uddevalla.Groups, uddevalla.ReportedGroups, uddevalla.Meetings, uddevalla.Trainings, uddevalla.Deviations));
        var amal = summary.Municipalities[2];
        Assert.Equal((1, 0, 0, 0, 0), (amal.Groups, amal.ReportedGroups, amal.Meetings, amal.Trainings, amal.Deviations));
        Assert.Equal((4, 3, 3), (summary.Municipalities[0].Meetings, summary.Municipalities[0].Trainings, summary.Municipalities[0].Deviations));
    }

    internal static IReadOnlyList<ReportGroup> SummaryGroups() =>
    [
        Lysekil,
        new("g-udd-n", "Uddevalla norr", "Uddevalla", "fyrbodal", "Fyrbodal", []),
        new("g-udd-s", "Uddevalla söder", "Uddevalla", "fyrbodal", "Fyrbodal", []),
        new("g-amal", "Västbusgruppen i Åmål", "Åmål", "fyrbodal", "Fyrbodal", []),
    ];
}
