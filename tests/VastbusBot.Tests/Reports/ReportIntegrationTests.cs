using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Reminders;
using VastbusBot.Features.Reports;
using VastbusBot.Features.Reports.Integration;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Reports;

/// <summary>The reports wired to the registry and the logged records, on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReportIntegrationTests(AzuriteFixture azurite)
{
    private const string T = ReportsHarness.Tenant;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DeadlineOccurrence AnnualDue2026 = new(DeadlineKind.LocalAnnualReport, new DateOnly(2026, 3, 1));

    private static (BotTurn Turn, RecordingTurnContext Context) TurnOf(Actor user, UiLanguage language = UiLanguage.Swedish)
    {
        var activity = Activities.Message("årsberättelse");
        activity.From!.AadObjectId = user.AadObjectId;
        activity.Conversation!.TenantId = T;
        activity.ChannelData = new System.Text.Json.Nodes.JsonObject { ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = T } };
        var context = new RecordingTurnContext(activity);
        return (new BotTurn(context, language), context);
    }

    private static CardActionRequest Click(string verb, object data) => new(verb, JsonSerializer.SerializeToElement(data), "card-1", IsInvoke: true);

    private static ReportCardActions Actions(ReportsHarness h) =>
        (ReportCardActions)h.Services.GetServices<ICardAction>().Single(a => a is ReportCardActions);

    [Fact]
    public async Task Obligations_AreTheChairsAndCoordinatorsInTheRegistry_AndSubmittingStopsThem()
    {
        await using var h = ReportsHarness.Create(azurite);
        var boras = ReportsHarness.User(1);
        var ulricehamn = ReportsHarness.User(2);
        var member = ReportsHarness.User(3);
        var coordinator = ReportsHarness.User(4);
        await h.SetUpGroupAsync("boras", boras, member);
        await h.SetUpGroupAsync("ulricehamn", ulricehamn);
        await h.SetUpGroupAsync("mark", null, member); // no chair: nobody to remind
        await h.MakeCoordinatorAsync("sodra-alvsborg", coordinator);

        var annual = await h.Obligations.GetObligationsAsync(T, AnnualDue2026, None);
        Assert.Equal(
            [(boras.AadObjectId, "boras", false), (ulricehamn.AadObjectId, "ulricehamn", false)],
            annual.Select(o => (o.RecipientAadObjectId, o.UnitId, o.Submitted)).OrderBy(o => o.UnitId));
        Assert.All(annual, o => Assert.Equal(ObligationRole.LocalChair, o.Role));

        var compiled = (await h.Workflow.OpenAnnualAsync(T, boras.AadObjectId, 2025, null, None)).Value!;
        Assert.Equal(SubmitOutcome.Saved, await h.Store.SaveAnnualReportAsync(compiled.Report, compiled.AreaId, boras.AadObjectId, null, None));
        annual = await h.Obligations.GetObligationsAsync(T, AnnualDue2026, None);
        Assert.True(annual.Single(o => o.UnitId == "boras").Submitted);
        Assert.False(annual.Single(o => o.UnitId == "ulricehamn").Submitted);
        Assert.False((await h.Obligations.GetObligationsAsync(T, new DeadlineOccurrence(DeadlineKind.LocalAnnualReport, new DateOnly(2027, 3, 1)), None)).Single(o => o.UnitId == "boras").Submitted);

        var summaryDue = new DeadlineOccurrence(DeadlineKind.DelregionalSummary, new DateOnly(2026, 6, 1));
        var summary = Assert.Single(await h.Obligations.GetObligationsAsync(T, summaryDue, None));
        Assert.Equal((coordinator.AadObjectId, "sodra-alvsborg", ObligationRole.DelregionalCoordinator, false), (summary.RecipientAadObjectId, summary.UnitId, summary.Role, summary.Submitted));
        Assert.Equal(SubmitOutcome.Saved, await h.Store.SaveSummaryAsync(T, "sodra-alvsborg", 2025, coordinator.AadObjectId, null, None));
        Assert.True(Assert.Single(await h.Obligations.GetObligationsAsync(T, summaryDue, None)).Submitted);

        var gathering = new DeadlineOccurrence(DeadlineKind.ChairsGathering, new DateOnly(2026, 4, 15));
        Assert.False(Assert.Single(await h.Obligations.GetObligationsAsync(T, gathering, None)).Submitted);
        Assert.Null(await h.Workflow.MarkGatheringAsync(T, coordinator.AadObjectId, 2026, "sodra-alvsborg", None));
        Assert.True(Assert.Single(await h.Obligations.GetObligationsAsync(T, gathering, None)).Submitted);
        Assert.NotNull(await h.Workflow.MarkGatheringAsync(T, boras.AadObjectId, 2026, "fyrbodal", None)); // not a coordinator

        Assert.Empty(await h.Obligations.GetObligationsAsync(RecordsHarnessTenantB, AnnualDue2026, None));
    }

    private const string RecordsHarnessTenantB = Records.RecordsHarness.TenantB;

    [Fact]
    public async Task AnnualReport_CountsWhatWasLoggedThroughTheServices()
    {
        await using var h = ReportsHarness.Create(azurite);
        var chair = ReportsHarness.User(1, "Karin Ordförande");
        var member = ReportsHarness.User(2, "Ola Medlem");
        var reporter = ReportsHarness.User(9);
        await h.SetUpGroupAsync("boras", chair, member);
        await h.SetUpGroupAsync("ulricehamn", ReportsHarness.User(5));

        await h.LogMeetingAsync(member, "boras", "2025-02-10", "SIP-utbildning");
        await h.LogMeetingAsync(chair, "boras", "2025-05-20", "Elevhälsans roll", "SIP-utbildning");
        await h.LogMeetingAsync(member, "boras", "2025-11-03");
        await h.LogMeetingAsync(member, "boras", "2024-12-12", "Förra årets kurs"); // another year
        await h.LogMeetingAsync(ReportsHarness.User(5), "ulricehamn", "2025-03-03"); // another group
        var d1 = await h.ReportDeviationAsync(reporter, "boras", "2025-04-01");
        await h.ReportDeviationAsync(reporter, "boras", "2025-09-09", "other");
        await h.ReportDeviationAsync(reporter, "boras", "2024-10-10");
        var analysing = Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.HandleAsync(chair, "boras", d1.Id, d1.Version, new DeviationHandlingForm("under-analysis", null), None)).Value;
        Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.HandleAsync(chair, "boras", d1.Id, analysing.Version, new DeviationHandlingForm("resolved", "Kallelsen gick till fel brevlåda; rutinen är ändrad."), None));

        var view = (await h.Workflow.OpenAnnualAsync(T, chair.AadObjectId, 2025, null, None)).Value!;
        var r = view.Report;
        Assert.Equal(("boras", 2025, "sodra-alvsborg"), (r.GroupId, r.Year, view.AreaId));
        Assert.Equal(3, r.MeetingCount);
        Assert.Equal(["SIP-utbildning", "Elevhälsans roll"], r.Trainings);
        Assert.Equal(2, r.DeviationCount);
        Assert.Equal(2, r.DeviationsByCategory.Sum(c => c.Count));
        Assert.Contains("Kallelsen gick till fel brevlåda", r.DeviationAnalysis, StringComparison.Ordinal);
        Assert.Equal(["Karin Ordförande", "Ola Medlem"], r.Members.Select(m => m.Name));
        Assert.Equal("Enhetschef", r.Members[0].Function);

        // Only the chair (or an admin) opens it; the default year is the previous calendar year.
        Assert.Null((await h.Workflow.OpenAnnualAsync(T, member.AadObjectId, 2025, null, None)).Value);
        Assert.Null((await h.Workflow.OpenAnnualAsync(T, chair.AadObjectId, 2025, "ulricehamn", None)).Value);
        Assert.Equal(3, (await h.Workflow.OpenAnnualAsync(T, ReportsHarness.Admin.AadObjectId, 2025, "boras", None)).Value!.Report.MeetingCount);
        Assert.Equal((2025, "boras"), h.Workflow.ParseArgument("boras"));
        Assert.Equal((2024, null), h.Workflow.ParseArgument(" 2024 "));

        // The command sends the card with the counts.
        var (turn, context) = TurnOf(chair);
        await new AnnualReportCommand(h.Workflow).ExecuteAsync(turn, "2025", None);
        var text = SentCards.TextOf(Assert.Single(context.Sent));
        Assert.Contains("Årsberättelse 2025 – Västbusgruppen i Borås", text, StringComparison.Ordinal);
        Assert.Contains("Inte inlämnad ännu.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectAndSubmit_StoresTheCorrectedText_KeepsTheLoggedCounts_AndRefusesStaleOrPersonalData()
    {
        await using var h = ReportsHarness.Create(azurite);
        var chair = ReportsHarness.User(1);
        await h.SetUpGroupAsync("boras", chair);
        await h.LogMeetingAsync(chair, "boras", "2025-03-10", "SIP-utbildning");
        var actions = Actions(h);
        var (turn, _) = TurnOf(chair, UiLanguage.English);

        var opened = await actions.HandleAsync(turn, Click(ReportActions.OpenVerb, new { kind = "local-annual-report", year = 2025, unitId = "boras" }), None);
        Assert.Contains("Annual report 2025 – Västbusgruppen i Borås", SentCards.TextOf(Assert.IsType<CardActionResult.CardResult>(opened).Card), StringComparison.Ordinal);

        var withPnr = await actions.HandleAsync(turn, Click(ReportCards.SubmitAnnualVerb, new { year = 2025, unitId = "boras", etag = "", deviationAnalysis = "Gäller 19121212-1212." }), None);
        Assert.Contains("personal data", SentCards.TextOf(Assert.IsType<CardActionResult.CardResult>(withPnr).Card), StringComparison.Ordinal);
        Assert.Null(await h.Store.GetAnnualReportAsync(T, "sodra-alvsborg", "boras", 2025, None));

        var submit = Click(ReportCards.SubmitAnnualVerb, new
        {
            year = 2025,
            unitId = "boras",
            etag = "",
            compositionNotes = "Skolan saknade representant under hösten.",
            trainings = "SIP-utbildning\nDigital samverkan\n",
            deviationAnalysis = "Inga avvikelser i år.",
        });
        var submitted = await actions.HandleAsync(turn, submit, None);
        Assert.Contains("The annual report is submitted", SentCards.TextOf(Assert.IsType<CardActionResult.CardResult>(submitted).Card), StringComparison.Ordinal);

        var stored = await h.Store.GetAnnualReportAsync(T, "sodra-alvsborg", "boras", 2025, None);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Report.MeetingCount);
        Assert.Equal(["SIP-utbildning", "Digital samverkan"], stored.Report.Trainings);
        Assert.Equal("Inga avvikelser i år.", stored.Report.DeviationAnalysis);
        Assert.Equal("Skolan saknade representant under hösten.", stored.Report.CompositionNotes);
        Assert.Equal(chair.AadObjectId, stored.SubmittedBy);

        // Reopening shows the submitted version; the same (now stale) first submission is a conflict.
        var reopened = (await h.Workflow.OpenAnnualAsync(T, chair.AadObjectId, 2025, "boras", None)).Value!;
        Assert.Equal("Inga avvikelser i år.", reopened.Report.DeviationAnalysis);
        Assert.Equal(stored.ETag, reopened.Submitted!.ETag);
        var stale = await actions.HandleAsync(turn, submit, None);
        Assert.Contains("Someone else submitted", SentCards.TextOf(Assert.IsType<CardActionResult.CardResult>(stale).Card), StringComparison.Ordinal);

        // With the current ETag a resubmission replaces it, and counts newly logged meetings.
        await h.LogMeetingAsync(chair, "boras", "2025-10-10");
        var again = await h.Workflow.SubmitAnnualAsync(T, chair.AadObjectId, 2025, "boras", new AnnualReportCorrections(null, null, "Uppdaterad."), stored.ETag, None);
        Assert.Equal(2, again.Value!.Report.MeetingCount);
        Assert.Equal("Uppdaterad.", (await h.Store.GetAnnualReportAsync(T, "sodra-alvsborg", "boras", 2025, None))!.Report.DeviationAnalysis);

        // Someone who is not the chair cannot submit.
        var (other, _) = TurnOf(ReportsHarness.User(7));
        Assert.IsType<CardActionResult.MessageResult>(await actions.HandleAsync(other, Click(ReportCards.SubmitAnnualVerb, new { year = 2025, unitId = "boras", etag = "" }), None));
    }

    [Fact]
    public async Task Export_GivesASignedLinkThatServesTheDocx_AndRefusesATamperedOrExpiredToken()
    {
        await using var h = ReportsHarness.Create(azurite);
        var chair = ReportsHarness.User(1);
        await h.SetUpGroupAsync("boras", chair);
        await h.LogMeetingAsync(chair, "boras", "2025-03-10", "SIP-utbildning");
        var (turn, _) = TurnOf(chair);

        var result = await Actions(h).HandleAsync(turn, Click(ReportCards.ExportAnnualVerb, new { year = 2025, unitId = "boras", deviationAnalysis = "Rättad analys." }), None);
        var card = Assert.IsType<CardActionResult.CardResult>(result).Card;
        var url = Assert.IsType<OpenUrlAction>(Assert.Single(card.Actions!, a => a is OpenUrlAction)).Url!;
        Assert.StartsWith(ReportsHarness.BaseUrl + ReportDownloads.RoutePrefix, url, StringComparison.Ordinal);
        var token = url[(ReportsHarness.BaseUrl + ReportDownloads.RoutePrefix).Length..];

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(h.Downloads);
        await using var app = builder.Build();
        app.MapReportDownloads();
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var ok = await client.GetAsync(new Uri(ReportDownloads.RoutePrefix + token, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(ReportDocxWriter.ContentType, ok.Content.Headers.ContentType!.MediaType);
        Assert.Equal("arsberattelse-Västbusgruppen-i-Borås-2025.docx", ok.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await ok.Content.ReadAsByteArrayAsync();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var body = doc.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("Rättad analys.", body, StringComparison.Ordinal);
            Assert.Contains("SIP-utbildning", body, StringComparison.Ordinal);
        }

        var parts = token.Split('.');
        var otherBlob = new string(parts[0].Reverse().ToArray());
        foreach (var bad in new[] { otherBlob + "." + parts[1] + "." + parts[2], parts[0] + "." + (long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 3600) + "." + parts[2], parts[0] + "." + parts[1] + ".AAAA", "nonsense" })
        {
            using var refused = await client.GetAsync(new Uri(ReportDownloads.RoutePrefix + bad, UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, refused.StatusCode);
        }

        h.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        using var expired = await client.GetAsync(new Uri(ReportDownloads.RoutePrefix + token, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, expired.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Summary_ListsWhoReported_AndSumsPerMunicipality_AndSubmitMarksIt()
    {
        await using var h = ReportsHarness.Create(azurite);
        var coordinator = ReportsHarness.User(4);
        var boras = ReportsHarness.User(1);
        await h.MakeCoordinatorAsync("sodra-alvsborg", coordinator);
        await h.SetUpGroupAsync("boras", boras);
        await h.LogMeetingAsync(boras, "boras", "2025-03-10", "SIP-utbildning");
        await h.LogMeetingAsync(boras, "boras", "2025-04-10");
        await h.Workflow.SubmitAnnualAsync(T, boras.AadObjectId, 2025, "boras", new AnnualReportCorrections(null, null, null), null, None);

        var view = (await h.Workflow.OpenSummaryAsync(T, coordinator.AadObjectId, 2025, null, None)).Value!;
        Assert.Equal(1, view.Summary.ReportedCount);
        Assert.True(view.Summary.Groups.Count > 1);
        var borasFigures = view.Summary.Municipalities.Single(m => m.Municipality == "Borås");
        Assert.Equal((2, 1, 1), (borasFigures.Meetings, borasFigures.Trainings, borasFigures.ReportedGroups));
        Assert.Null((await h.Workflow.OpenSummaryAsync(T, boras.AadObjectId, 2025, null, None)).Value);

        var (turn, context) = TurnOf(coordinator);
        await new SummaryCommand(h.Workflow).ExecuteAsync(turn, "2025", None);
        var card = SentCards.CardOf(Assert.Single(context.Sent));
        Assert.Contains("Delregional sammanställning 2025 – Södra Älvsborg", SentCards.TextOf(card), StringComparison.Ordinal);
        Assert.True(CardBudget.MeasureBytes(card) <= CardBudget.MaxBytes);

        var submitted = await Actions(h).HandleAsync(turn, Click(ReportCards.SubmitSummaryVerb, new { year = 2025, unitId = "sodra-alvsborg", etag = "" }), None);
        Assert.Contains("Sammanställningen är inlämnad", SentCards.TextOf(Assert.IsType<CardActionResult.CardResult>(submitted).Card), StringComparison.Ordinal);
        Assert.NotNull(await h.Store.GetSummaryAsync(T, "sodra-alvsborg", 2025, None));

        var export = await Actions(h).HandleAsync(turn, Click(ReportCards.ExportSummaryVerb, new { year = 2025, unitId = "sodra-alvsborg" }), None);
        Assert.Contains(Assert.IsType<CardActionResult.CardResult>(export).Card.Actions!, a => a is OpenUrlAction);
    }
}
