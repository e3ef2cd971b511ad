using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Validation;
using VastbusBot.Testing;
using VastbusBot.Tests.Privacy;
using VastbusBot.Tests.Support;
using static VastbusBot.Tests.Records.RecordsHarness;

namespace VastbusBot.Tests.Records;

[Collection(AzuriteCollection.Name)]
public sealed class DeviationIntegrationTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static DeviationForm Form(string date = "2025-06-02", string category = "called-party-absent", string? description = null) =>
        DeviationValidatorTests.ValidForm(category) with { Date = date, Description = description ?? DeviationValidatorTests.ValidForm().Description };

    private static async Task<Deviation> ReportAsync(RecordsHarness h, Actor reporter, string groupId, DeviationForm? form = null) =>
        Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.ReportAsync(reporter, groupId, Submission(), form ?? Form(), None)).Value;

    [Fact]
    public async Task Report_ByMember_ReachesTheChair_AndTheReporterGetsTheirView()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        var member = User(TenantA, 2, "Maja Medlem");
        await h.SetUpGroupAsync("boras", chair, member);

        var reported = await ReportAsync(h, member, "boras");

        Assert.Equal(DeviationStatus.Received, reported.Status);
        Assert.True(reported.IsReporterView);
        Assert.Equal((member.AadObjectId, "Maja Medlem"), (reported.Reported.AadObjectId, reported.Reported.Name));
        var history = Assert.Single(reported.History);
        Assert.Equal((null, DeviationStatus.Received), (history.From, history.To));
        var notice = Assert.Single(h.Notifier.Notices);
        Assert.Equal(DeviationNoticeKind.Reported, notice.Kind);
        Assert.Equal([chair.AadObjectId], notice.RecipientAadObjectIds);
        Assert.False(notice.Deviation.IsReporterView);
        Assert.Equal(reported.Id, notice.Deviation.Id);
    }

    [Fact]
    public async Task Report_GroupWithoutChair_GoesToTheAreaCoordinators()
    {
        await using var h = Create(azurite);
        var coordinator = User(TenantA, 4);
        await h.Registry.AssignCoordinatorAsync(AdminOfA, "fyrbodal", FormFor(coordinator), None);

        await ReportAsync(h, User(TenantA, 9), "amal");

        Assert.Equal([coordinator.AadObjectId], Assert.Single(h.Notifier.Notices).RecipientAadObjectIds);
    }

    [Fact]
    public async Task HandleToResolved_ChairAnalyses_HistoryGrows_ReporterIsToldAndSeesTheStatusButNotTheAnalysis()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1, "Karin Ordförande");
        var reporter = User(TenantA, 7);
        await h.SetUpGroupAsync("vanersborg", chair);
        var reported = await ReportAsync(h, reporter, "vanersborg");

        h.Time.Advance(TimeSpan.FromDays(1));
        var analysing = Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.HandleAsync(
            chair, "vanersborg", reported.Id, reported.Version, new DeviationHandlingForm("under-analysis", null), None)).Value;
        h.Time.Advance(TimeSpan.FromDays(6));
        var resolved = Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.HandleAsync(
            chair, "vanersborg", reported.Id, analysing.Version, new DeviationHandlingForm("resolved", "Kallelsen gick till en vakant funktionsbrevlåda; rutinen är ändrad."), None)).Value;

        Assert.Equal(DeviationStatus.Resolved, resolved.Status);
        Assert.Equal(
            [(null, DeviationStatus.Received), (DeviationStatus.Received, DeviationStatus.UnderAnalysis), (DeviationStatus.UnderAnalysis, DeviationStatus.Resolved)],
            resolved.History.Select(c => (c.From, c.To)));
        Assert.Equal(new DateTimeOffset(2025, 6, 22, 10, 0, 0, TimeSpan.Zero), resolved.History[^1].By.At);
        Assert.Equal("Karin Ordförande", resolved.History[^1].By.Name);

        var toReporter = h.Notifier.Notices.Where(n => n.Kind == DeviationNoticeKind.StatusChanged).ToList();
        Assert.Equal(2, toReporter.Count);
        Assert.All(toReporter, n => Assert.Equal([reporter.AadObjectId], n.RecipientAadObjectIds));
        Assert.All(toReporter, n => Assert.Null(n.Deviation.Analysis));
        Assert.Equal(DeviationStatus.Resolved, toReporter[^1].Change!.To);

        var mine = Assert.Single(await h.Deviations.ListMineAsync(reporter, 10, None));
        Assert.Equal((DeviationStatus.Resolved, true, null), (mine.Status, mine.IsReporterView, mine.Analysis));
        var single = Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.GetAsync(reporter, "vanersborg", reported.Id, None)).Value;
        Assert.Null(single.Analysis);
        var full = Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.GetAsync(chair, "vanersborg", reported.Id, None)).Value;
        Assert.StartsWith("Kallelsen gick", full.Analysis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalate_TellsTheAreaCoordinators()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        var coordinator = User(TenantA, 4);
        await h.SetUpGroupAsync("harryda", chair);
        await h.Registry.AssignCoordinatorAsync(AdminOfA, "goteborgsomradet", FormFor(coordinator), None);
        var reported = await ReportAsync(h, User(TenantA, 7), "harryda");

        await h.Deviations.HandleAsync(chair, "harryda", reported.Id, reported.Version, new DeviationHandlingForm("escalated", "Återkommande: BUP uteblir. Kan inte lösas lokalt."), None);

        var escalated = Assert.Single(h.Notifier.Notices, n => n.Kind == DeviationNoticeKind.Escalated);
        Assert.Equal([coordinator.AadObjectId], escalated.RecipientAadObjectIds);
        Assert.NotNull(escalated.Deviation.Analysis);
    }

    [Fact]
    public async Task Authorization_ChairCoordinatorAndAdminSeeTheGroupsDeviations_MembersAndOthersDoNot()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        var member = User(TenantA, 2);
        var coordinator = User(TenantA, 4);
        var otherCoordinator = User(TenantA, 5);
        var otherChair = User(TenantA, 6);
        await h.SetUpGroupAsync("kungalv", chair, member);
        await h.SetUpGroupAsync("ale", otherChair);
        await h.Registry.AssignCoordinatorAsync(AdminOfA, "simba", FormFor(coordinator), None);
        await h.Registry.AssignCoordinatorAsync(AdminOfA, "fyrbodal", FormFor(otherCoordinator), None);
        var reported = await ReportAsync(h, member, "kungalv");
        var filter = new DeviationFilter(2025);

        foreach (var allowed in new[] { chair, coordinator, AdminOfA })
        {
            Assert.Single(Assert.IsType<ServiceResult<IReadOnlyList<Deviation>>.Success>(await h.Deviations.ListAsync(allowed, "kungalv", filter, None)).Value);
            Assert.False(Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.GetAsync(allowed, "kungalv", reported.Id, None)).Value.IsReporterView);
        }

        foreach (var denied in new[] { member, otherCoordinator, otherChair, User(TenantA, 9) })
        {
            Assert.IsType<ServiceResult<IReadOnlyList<Deviation>>.Forbidden>(await h.Deviations.ListAsync(denied, "kungalv", filter, None));
            Assert.IsType<ServiceResult<DeviationYearCounts>.Forbidden>(await h.Deviations.CountAsync(denied, "kungalv", 2025, None));
            Assert.IsType<ServiceResult<Deviation>.Forbidden>(await h.Deviations.HandleAsync(denied, "kungalv", reported.Id, reported.Version, new DeviationHandlingForm("under-analysis", null), None));
        }

        // The member reported it, so they follow it; someone else in the group does not.
        Assert.True(Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.GetAsync(member, "kungalv", reported.Id, None)).Value.IsReporterView);
        Assert.IsType<ServiceResult<Deviation>.Forbidden>(await h.Deviations.GetAsync(otherChair, "kungalv", reported.Id, None));
        var stored = Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.GetAsync(chair, "kungalv", reported.Id, None)).Value;
        Assert.Equal(DeviationStatus.Received, stored.Status);
    }

    [Fact]
    public async Task Handle_TwoHandlersFromTheSameVersion_TheSecondGetsAConflict()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        var coordinator = User(TenantA, 4);
        await h.SetUpGroupAsync("skovde", chair);
        await h.Registry.AssignCoordinatorAsync(AdminOfA, "skaraborg", FormFor(coordinator), None);
        var reported = await ReportAsync(h, User(TenantA, 7), "skovde");

        var first = await h.Deviations.HandleAsync(chair, "skovde", reported.Id, reported.Version, new DeviationHandlingForm("under-analysis", "Ordförandens analys."), None);
        var second = await h.Deviations.HandleAsync(coordinator, "skovde", reported.Id, reported.Version, new DeviationHandlingForm("escalated", "Samordnarens analys."), None);

        Assert.IsType<ServiceResult<Deviation>.Success>(first);
        var conflict = Assert.IsType<ServiceResult<Deviation>.Conflict>(second);
        Assert.Equal((DeviationStatus.UnderAnalysis, "Ordförandens analys."), (conflict.Current!.Status, conflict.Current.Analysis));
        Assert.DoesNotContain(h.Notifier.Notices, n => n.Kind == DeviationNoticeKind.Escalated);
    }

    [Fact]
    public async Task Handle_ConcurrentOnTwoInstances_ExactlyOneSucceeds()
    {
        var prefix = NewPrefix();
        await using var a = Create(azurite, prefix);
        await using var b = Create(azurite, prefix);
        var chair = User(TenantA, 1);
        await a.SetUpGroupAsync("tjorn", chair);
        var reported = await ReportAsync(a, User(TenantA, 7), "tjorn");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? a : b).Deviations.HandleAsync(chair, "tjorn", reported.Id, reported.Version, new DeviationHandlingForm("under-analysis", $"Analys {i}."), None)));

        var winner = Assert.IsType<ServiceResult<Deviation>.Success>(Assert.Single(results, r => r.IsSuccess)).Value;
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.IsType<ServiceResult<Deviation>.Conflict>(r));
        var stored = Assert.IsType<ServiceResult<Deviation>.Success>(await b.Deviations.GetAsync(chair, "tjorn", reported.Id, None)).Value;
        Assert.Equal((winner.Analysis, 2), (stored.Analysis, stored.History.Count));
    }

    [Fact]
    public async Task Report_SameSubmissionTwice_StoresOneDeviationAndNotifiesOnce()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        var reporter = User(TenantA, 7);
        await h.SetUpGroupAsync("lysekil", chair);
        var submission = Submission();

        var first = Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.ReportAsync(reporter, "lysekil", submission, Form(), None));
        var second = Assert.IsType<ServiceResult<Deviation>.Success>(await h.Deviations.ReportAsync(reporter, "lysekil", submission, Form(), None));

        Assert.Equal((false, true), (first.Replayed, second.Replayed));
        Assert.Equal(first.Value.Id, second.Value.Id);
        Assert.Equal(1, Assert.IsType<ServiceResult<DeviationYearCounts>.Success>(await h.Deviations.CountAsync(chair, "lysekil", 2025, None)).Value.Total);
        Assert.Single(h.Notifier.Notices);
        Assert.Single(await h.Deviations.ListMineAsync(reporter, 10, None));
    }

    [Fact]
    public async Task Report_WithAnIdentifier_IsRefused_NothingStored_NobodyNotified()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        var reporter = User(TenantA, 7);
        await h.SetUpGroupAsync("munkedal", chair);
        var samordningsnummer = IdentityNumbers.For(new DateOnly(2010, 10, 10), 123, IdFormat.TenDash, coordination: true);

        var result = await h.Deviations.ReportAsync(reporter, "munkedal", Submission(), Form(description: $"Gäller eleven med {samordningsnummer}."), None);

        var error = Assert.Single(Assert.IsType<ServiceResult<Deviation>.ValidationFailed>(result).Errors);
        Assert.Equal((RecordFields.Description, ErrorCodes.Identifier), (error.Field, error.Code));
        Assert.Contains("samordningsnummer", error.Message.Sv, StringComparison.Ordinal);
        Assert.Equal(0, Assert.IsType<ServiceResult<DeviationYearCounts>.Success>(await h.Deviations.CountAsync(chair, "munkedal", 2025, None)).Value.Total);
        Assert.Empty(h.Notifier.Notices);
        Assert.Empty(await h.Deviations.ListMineAsync(reporter, 10, None));
    }

    [Fact]
    public async Task ListAndCount_FilterByStatusAndCategory_WithinOneYear()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        var reporter = User(TenantA, 7);
        await h.SetUpGroupAsync("uddevalla", chair);
        var a = await ReportAsync(h, reporter, "uddevalla", Form("2025-01-10", "called-party-absent"));
        await ReportAsync(h, reporter, "uddevalla", Form("2025-03-10", "responsibility-unclear"));
        await ReportAsync(h, reporter, "uddevalla", Form("2025-02-10", "called-party-absent"));
        await ReportAsync(h, reporter, "uddevalla", Form("2024-12-10", "called-party-absent"));
        await h.Deviations.HandleAsync(chair, "uddevalla", a.Id, a.Version, new DeviationHandlingForm("resolved", "Löst med ny rutin."), None);

        var all2025 = Assert.IsType<ServiceResult<IReadOnlyList<Deviation>>.Success>(await h.Deviations.ListAsync(chair, "uddevalla", new DeviationFilter(2025), None)).Value;
        var absent = Assert.IsType<ServiceResult<IReadOnlyList<Deviation>>.Success>(await h.Deviations.ListAsync(chair, "uddevalla", new DeviationFilter(2025, Category: DeviationCategory.CalledPartyAbsent), None)).Value;
        var open = Assert.IsType<ServiceResult<IReadOnlyList<Deviation>>.Success>(await h.Deviations.ListAsync(chair, "uddevalla", new DeviationFilter(2025, DeviationStatus.Received, DeviationCategory.CalledPartyAbsent), None)).Value;
        var counts = Assert.IsType<ServiceResult<DeviationYearCounts>.Success>(await h.Deviations.CountAsync(chair, "uddevalla", 2025, None)).Value;

        Assert.Equal(["2025-03-10", "2025-02-10", "2025-01-10"], all2025.Select(d => FormChecker.Iso(d.Content.Date)));
        Assert.Equal(2, absent.Count);
        Assert.Equal(new DateOnly(2025, 2, 10), Assert.Single(open).Content.Date);
        Assert.Equal((3, 2, 1, 0, 0), (counts.Total, counts.ByStatus[DeviationStatus.Received], counts.ByStatus[DeviationStatus.Resolved], counts.ByStatus[DeviationStatus.UnderAnalysis], counts.ByStatus[DeviationStatus.Escalated]));
        Assert.Equal(4, (await h.Deviations.ListMineAsync(reporter, 10, None)).Count);
    }

    [Fact]
    public async Task ListForArea_CoordinatorSeesEveryGroupOfTheArea_OthersDoNot()
    {
        await using var h = Create(azurite);
        var coordinator = User(TenantA, 4);
        await h.Registry.AssignCoordinatorAsync(AdminOfA, "sodra-alvsborg", FormFor(coordinator), None);
        await ReportAsync(h, User(TenantA, 7), "boras", Form("2025-05-01"));
        await ReportAsync(h, User(TenantA, 8), "tranemo", Form("2025-05-03"));
        await ReportAsync(h, User(TenantA, 8), "skara", Form("2025-05-02"));

        var area = Assert.IsType<ServiceResult<IReadOnlyList<Deviation>>.Success>(await h.Deviations.ListForAreaAsync(coordinator, "sodra-alvsborg", new DeviationFilter(2025), None)).Value;

        Assert.Equal(["tranemo", "boras"], area.Select(d => d.GroupId));
        Assert.IsType<ServiceResult<IReadOnlyList<Deviation>>.Forbidden>(await h.Deviations.ListForAreaAsync(coordinator, "skaraborg", new DeviationFilter(2025), None));
        Assert.IsType<ServiceResult<IReadOnlyList<Deviation>>.NotFound>(await h.Deviations.ListForAreaAsync(coordinator, "norrland", new DeviationFilter(2025), None));
    }

    [Fact]
    public async Task TenantScoping_ReportsInOneTenant_AreInvisibleFromAnother()
    {
        await using var h = Create(azurite);
        var chairA = User(TenantA, 1);
        var reporterA = User(TenantA, 7);
        var chairB = new Actor(TenantB, chairA.AadObjectId, "Chair B");
        var reporterB = new Actor(TenantB, reporterA.AadObjectId);
        await h.SetUpGroupAsync("stromstad", chairA);
        await h.SetUpGroupAsync("stromstad", chairB);
        var inA = await ReportAsync(h, reporterA, "stromstad");

        Assert.Empty(Assert.IsType<ServiceResult<IReadOnlyList<Deviation>>.Success>(await h.Deviations.ListAsync(chairB, "stromstad", new DeviationFilter(2025), None)).Value);
        Assert.IsType<ServiceResult<Deviation>.NotFound>(await h.Deviations.GetAsync(chairB, "stromstad", inA.Id, None));
        Assert.IsType<ServiceResult<Deviation>.Forbidden>(await h.Deviations.GetAsync(reporterB, "stromstad", inA.Id, None));
        Assert.IsType<ServiceResult<Deviation>.NotFound>(await h.Deviations.HandleAsync(chairB, "stromstad", inA.Id, inA.Version, new DeviationHandlingForm("resolved", "x"), None));
        Assert.Empty(await h.Deviations.ListMineAsync(reporterB, 10, None));
        Assert.Equal(0, Assert.IsType<ServiceResult<DeviationYearCounts>.Success>(await h.Deviations.CountAsync(chairB, "stromstad", 2025, None)).Value.Total);
        Assert.Equal(1, Assert.IsType<ServiceResult<DeviationYearCounts>.Success>(await h.Deviations.CountAsync(chairA, "stromstad", 2025, None)).Value.Total);
    }
}
