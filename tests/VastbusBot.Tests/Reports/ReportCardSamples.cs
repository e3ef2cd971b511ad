using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Reports;
using VastbusBot.Features.Reports.Integration;

namespace VastbusBot.Tests.Reports;

/// <summary>The report cards with realistic and large content, for the card catalog (parser and size budget).</summary>
internal static class ReportCardSamples
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All(UiLanguage language, string tag)
    {
        var report = AnnualReport();
        var stored = new SubmittedAnnualReport(report, "sodra-alvsborg", "u", new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.Zero), "W/\"etag\"");
        yield return ($"annual-report-{tag}", ReportCards.Annual(new AnnualReportView(report, "sodra-alvsborg", null), language));
        yield return ($"annual-report-submitted-{tag}", ReportCards.Annual(new AnnualReportView(report, "sodra-alvsborg", stored), language, "Tack!", downloadUrl: new Uri("https://bot.example/api/reports/download/x")));
        yield return ($"annual-report-error-{tag}", ReportCards.Annual(new AnnualReportView(report, "sodra-alvsborg", null), language, "Fel", noticeIsError: true, typed: new AnnualReportCorrections("n", "t", "a")));

        var summary = Summary();
        var chart = ReportChart.MunicipalityBars(summary, language);
        yield return ($"delregional-summary-{tag}", ReportCards.Summary(new SummaryView(summary, null), language, chart));
        yield return ($"delregional-summary-submitted-{tag}", ReportCards.Summary(
            new SummaryView(summary, new SubmittedAreaItem("sodra-alvsborg", 2025, "u", DateTimeOffset.UnixEpoch, "e")), language, chart, "Tack!", downloadUrl: new Uri("https://bot.example/d")));
        yield return ($"chairs-gathering-{tag}", ReportCards.Gathering("sodra-alvsborg", "Södra Älvsborg", 2026, language));
    }

    internal static LocalAnnualReport AnnualReport() => new(
        "t",
        "boras",
        "Borås",
        "Borås",
        "Södra Älvsborg",
        2025,
        [.. Enumerable.Range(1, 25).Select(i => new ReportMember($"Medlem {i} Efternamnsson", "Enhetschef för elevhälsan", "Socialtjänsten, Borås stad"))],
        11,
        [.. Enumerable.Range(1, 15).Select(i => $"Utbildning {i} i SIP-processen och samverkan")],
        40,
        [new CategoryCount("Kallad part uteblev", 25), new CategoryCount("Annat", 15)],
        string.Join("\n", Enumerable.Range(1, 40).Select(i => $"2025-03-{(i % 28) + 1:D2} (Kallad part uteblev): Kallelsen gick till fel brevlåda; rutinen är ändrad.")),
        "Skolan saknade representant under hösten.");

    internal static DelregionalSummary Summary()
    {
        var groups = Enumerable.Range(1, 14).Select(i => new ReportGroup($"g{i}", $"Kommun {i}", $"Kommun {i}", "sodra-alvsborg", "Södra Älvsborg", [])).ToList();
        var reports = groups.Take(10).Select((g, i) => AnnualReport() with { GroupId = g.GroupId, GroupName = g.Name, Municipality = g.Municipality, MeetingCount = i + 3 }).ToList();
        return ReportCompiler.Summary("sodra-alvsborg", "Södra Älvsborg", 2025, groups, reports);
    }
}
