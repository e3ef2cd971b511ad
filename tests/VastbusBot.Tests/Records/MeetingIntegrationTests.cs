using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Features.Records.Validation;
using VastbusBot.Testing;
using VastbusBot.Tests.Privacy;
using VastbusBot.Tests.Support;
using static VastbusBot.Tests.Records.RecordsHarness;

namespace VastbusBot.Tests.Records;

[Collection(AzuriteCollection.Name)]
public sealed class MeetingIntegrationTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static MeetingForm Form(string date, string topics = "Rutiner för kallelser.", params string[] trainings) =>
        MeetingValidatorTests.ValidForm(date) with { Topics = topics, Trainings = trainings };

    [Fact]
    public async Task Log_ByMember_IsStoredAndListedNewestFirst_WithYearSummary()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        var member = User(TenantA, 2);
        await h.SetUpGroupAsync("boras", chair, member);

        var logged = new List<Meeting>();
        foreach (var (actor, date, training) in new[] { (member, "2025-02-10", "SIP-utbildning"), (chair, "2025-05-20", "Skolans elevhälsa"), (member, "2025-03-15", "SIP-utbildning"), (member, "2024-11-30", "Förra årets kurs") })
        {
            var result = await h.Meetings.LogAsync(actor, "boras", Submission(), Form(date, trainings: training), None);
            logged.Add(Assert.IsType<ServiceResult<Meeting>.Success>(result).Value);
        }

        var list = Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(member, "boras", 2025, None)).Value;
        Assert.Equal(["2025-05-20", "2025-03-15", "2025-02-10"], list.Select(m => FormChecker.Iso(m.Content.Date)));
        Assert.Equal(logged[1], list[0] with { Content = logged[1].Content });
        Assert.Equal(logged[1].Content.Participants, list[0].Content.Participants);
        Assert.Equal(member.AadObjectId, list[1].Created.AadObjectId);

        var summary = Assert.IsType<ServiceResult<MeetingYearSummary>.Success>(await h.Meetings.GetYearSummaryAsync(chair, "boras", 2025, None)).Value;
        Assert.Equal(3, summary.MeetingCount);
        Assert.Equal(["SIP-utbildning", "Skolans elevhälsa"], summary.Trainings);
        Assert.Single(Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(member, "boras", 2024, None)).Value);
    }

    [Fact]
    public async Task Log_SameSubmissionTwice_StoresOneMeeting()
    {
        await using var h = Create(azurite);
        var member = User(TenantA, 2);
        await h.SetUpGroupAsync("mark", null, member);
        var submission = Submission();

        var first = await h.Meetings.LogAsync(member, "mark", submission, Form("2025-04-01"), None);
        var second = await h.Meetings.LogAsync(member, "mark", submission, Form("2025-04-01", "Annat innehåll från en gammal kopia av kortet."), None);

        var a = Assert.IsType<ServiceResult<Meeting>.Success>(first);
        var b = Assert.IsType<ServiceResult<Meeting>.Success>(second);
        Assert.False(a.Replayed);
        Assert.True(b.Replayed);
        Assert.Equal(a.Value.Id, b.Value.Id);
        Assert.Equal("Rutiner för kallelser.", b.Value.Content.Topics);
        Assert.Single(Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(member, "mark", 2025, None)).Value);
    }

    [Fact]
    public async Task Log_SameSubmissionDeliveredConcurrentlyToTwoInstances_StoresOneMeeting()
    {
        var prefix = NewPrefix();
        await using var a = Create(azurite, prefix);
        await using var b = Create(azurite, prefix);
        var member = User(TenantA, 2);
        await a.SetUpGroupAsync("hjo", null, member);
        var submission = Submission();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? a : b).Meetings.LogAsync(member, "hjo", submission, Form("2025-04-01"), None)));

        var successes = results.Select(r => Assert.IsType<ServiceResult<Meeting>.Success>(r)).ToList();
        Assert.Single(successes, s => !s.Replayed);
        Assert.Single(successes.Select(s => s.Value.Id).Distinct());
        Assert.Single(Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await b.Meetings.ListAsync(member, "hjo", 2025, None)).Value);
    }

    [Fact]
    public async Task Update_TwoEditorsFromTheSameVersion_OneWinsTheOtherGetsAConflictWithTheLatest()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        var member = User(TenantA, 2);
        await h.SetUpGroupAsync("lidkoping", chair, member);
        var meeting = Assert.IsType<ServiceResult<Meeting>.Success>(await h.Meetings.LogAsync(member, "lidkoping", Submission(), Form("2025-03-03"), None)).Value;

        var byChair = await h.Meetings.UpdateAsync(chair, "lidkoping", meeting.Id, meeting.Version, Form("2025-03-03", "Ordförandens version."), None);
        var byMember = await h.Meetings.UpdateAsync(member, "lidkoping", meeting.Id, meeting.Version, Form("2025-03-03", "Medlemmens version."), None);

        var won = Assert.IsType<ServiceResult<Meeting>.Success>(byChair).Value;
        var conflict = Assert.IsType<ServiceResult<Meeting>.Conflict>(byMember);
        Assert.Equal(won.Version, conflict.Current!.Version);
        Assert.Equal("Ordförandens version.", conflict.Current.Content.Topics);
        Assert.Contains("Någon annan hann ändra mötet", conflict.Message.Sv, StringComparison.Ordinal);
        Assert.NotEqual(meeting.Version, won.Version);
        Assert.Equal(chair.AadObjectId, won.Updated!.AadObjectId);
        Assert.Equal(member.AadObjectId, won.Created.AadObjectId);

        var retried = await h.Meetings.UpdateAsync(member, "lidkoping", meeting.Id, conflict.Current.Version, Form("2025-03-03", "Medlemmens version."), None);
        Assert.Equal("Medlemmens version.", Assert.IsType<ServiceResult<Meeting>.Success>(retried).Value.Content.Topics);
    }

    [Fact]
    public async Task Update_ConcurrentEditsOnTwoInstances_ExactlyOneSucceeds()
    {
        var prefix = NewPrefix();
        await using var a = Create(azurite, prefix);
        await using var b = Create(azurite, prefix);
        var members = Enumerable.Range(1, 6).Select(i => User(TenantA, i)).ToArray();
        await a.SetUpGroupAsync("tanum", null, members);
        var meeting = Assert.IsType<ServiceResult<Meeting>.Success>(await a.Meetings.LogAsync(members[0], "tanum", Submission(), Form("2025-01-20"), None)).Value;

        var results = await Task.WhenAll(members.Select((m, i) =>
            (i % 2 == 0 ? a : b).Meetings.UpdateAsync(m, "tanum", meeting.Id, meeting.Version, Form("2025-01-20", $"Version {i}."), None)));

        var winner = Assert.IsType<ServiceResult<Meeting>.Success>(Assert.Single(results, r => r is ServiceResult<Meeting>.Success));
        Assert.All(results.Where(r => r is not ServiceResult<Meeting>.Success), r => Assert.IsType<ServiceResult<Meeting>.Conflict>(r));
        var stored = Assert.IsType<ServiceResult<Meeting>.Success>(await b.Meetings.GetAsync(members[0], "tanum", meeting.Id, None)).Value;
        Assert.Equal(winner.Value.Content.Topics, stored.Content.Topics);
        Assert.Equal(winner.Value.Version, stored.Version);
    }

    [Fact]
    public async Task Update_NewDateInAnotherYear_MovesTheMeetingBetweenYearListings()
    {
        await using var h = Create(azurite);
        var member = User(TenantA, 2);
        await h.SetUpGroupAsync("orust", null, member);
        var meeting = Assert.IsType<ServiceResult<Meeting>.Success>(await h.Meetings.LogAsync(member, "orust", Submission(), Form("2025-01-05"), None)).Value;

        var moved = await h.Meetings.UpdateAsync(member, "orust", meeting.Id, meeting.Version, Form("2024-12-18"), None);

        Assert.IsType<ServiceResult<Meeting>.Success>(moved);
        Assert.Empty(Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(member, "orust", 2025, None)).Value);
        var list2024 = Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(member, "orust", 2024, None)).Value;
        Assert.Equal(new DateOnly(2024, 12, 18), Assert.Single(list2024).Content.Date);
        Assert.Equal(moved.ValueOrDefault!.Version, list2024[0].Version);
    }

    [Fact]
    public async Task Log_WithAPersonnummer_IsRefusedAndNothingIsStored()
    {
        await using var h = Create(azurite);
        var member = User(TenantA, 2);
        await h.SetUpGroupAsync("mellerud", null, member);
        var pnr = IdentityNumbers.For(new DateOnly(2012, 10, 10), 333, IdFormat.TwelveDash);

        var result = await h.Meetings.LogAsync(member, "mellerud", Submission(), Form("2025-05-05", $"Genomgång av {pnr}."), None);

        var error = Assert.Single(Assert.IsType<ServiceResult<Meeting>.ValidationFailed>(result).Errors);
        Assert.Equal((RecordFields.Topics, ErrorCodes.Identifier), (error.Field, error.Code));
        Assert.Empty(Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(member, "mellerud", 2025, None)).Value);
    }

    [Fact]
    public async Task Authorization_OnlyMembersLog_CoordinatorsAndAdminsRead_OutsidersNeither()
    {
        await using var h = Create(azurite);
        var member = User(TenantA, 2);
        var memberElsewhere = User(TenantA, 3);
        var coordinator = User(TenantA, 4);
        var otherCoordinator = User(TenantA, 5);
        await h.SetUpGroupAsync("falkoping", null, member);
        await h.SetUpGroupAsync("skara", null, memberElsewhere);
        await h.Registry.AssignCoordinatorAsync(AdminOfA, "skaraborg", FormFor(coordinator), None);
        await h.Registry.AssignCoordinatorAsync(AdminOfA, "fyrbodal", FormFor(otherCoordinator), None);
        var meeting = Assert.IsType<ServiceResult<Meeting>.Success>(await h.Meetings.LogAsync(member, "falkoping", Submission(), Form("2025-04-04"), None)).Value;

        var outsiderLog = await h.Meetings.LogAsync(memberElsewhere, "falkoping", Submission(), Form("2025-04-05"), None);
        Assert.Contains("Falköping", Assert.IsType<ServiceResult<Meeting>.Forbidden>(outsiderLog).Message.Sv, StringComparison.Ordinal);
        Assert.IsType<ServiceResult<Meeting>.Forbidden>(await h.Meetings.LogAsync(coordinator, "falkoping", Submission(), Form("2025-04-05"), None));
        Assert.IsType<ServiceResult<Meeting>.Forbidden>(await h.Meetings.LogAsync(AdminOfA, "falkoping", Submission(), Form("2025-04-05"), None));
        Assert.IsType<ServiceResult<Meeting>.Forbidden>(await h.Meetings.UpdateAsync(memberElsewhere, "falkoping", meeting.Id, meeting.Version, Form("2025-04-04", "Kapat."), None));

        Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(coordinator, "falkoping", 2025, None));
        Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(AdminOfA, "falkoping", 2025, None));
        Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Forbidden>(await h.Meetings.ListAsync(otherCoordinator, "falkoping", 2025, None));
        Assert.IsType<ServiceResult<Meeting>.Forbidden>(await h.Meetings.GetAsync(memberElsewhere, "falkoping", meeting.Id, None));

        var stillOne = Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(member, "falkoping", 2025, None)).Value;
        Assert.Equal("Rutiner för kallelser.", Assert.Single(stillOne).Content.Topics);
    }

    [Fact]
    public async Task TenantScoping_SameGroupAndUserIdsInAnotherTenant_SeeNothingOfTheFirst()
    {
        await using var h = Create(azurite);
        var memberA = User(TenantA, 2);
        var memberB = new Actor(TenantB, memberA.AadObjectId, "Member B");
        await h.SetUpGroupAsync("partille", null, memberA);
        await h.SetUpGroupAsync("partille", null, memberB);
        var submission = Submission();
        var inA = Assert.IsType<ServiceResult<Meeting>.Success>(await h.Meetings.LogAsync(memberA, "partille", submission, Form("2025-02-02", "Tenant A:s möte."), None)).Value;

        Assert.Empty(Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(memberB, "partille", 2025, None)).Value);
        Assert.IsType<ServiceResult<Meeting>.NotFound>(await h.Meetings.GetAsync(memberB, "partille", inA.Id, None));
        Assert.IsType<ServiceResult<Meeting>.NotFound>(await h.Meetings.UpdateAsync(memberB, "partille", inA.Id, inA.Version, Form("2025-02-02", "Kapning."), None));

        // The same submission id in the other tenant is another meeting, not a replay of the first.
        var inB = Assert.IsType<ServiceResult<Meeting>.Success>(await h.Meetings.LogAsync(memberB, "partille", submission, Form("2025-02-03", "Tenant B:s möte."), None));
        Assert.False(inB.Replayed);
        Assert.NotEqual(inA.Id, inB.Value.Id);
        var listA = Assert.IsType<ServiceResult<IReadOnlyList<Meeting>>.Success>(await h.Meetings.ListAsync(memberA, "partille", 2025, None)).Value;
        Assert.Equal("Tenant A:s möte.", Assert.Single(listA).Content.Topics);
    }

    [Fact]
    public async Task UnknownGroup_AndInvalidSubmissionId_AreReported()
    {
        await using var h = Create(azurite);
        var member = User(TenantA, 2);
        await h.SetUpGroupAsync("vara", null, member);

        Assert.IsType<ServiceResult<Meeting>.NotFound>(await h.Meetings.LogAsync(member, "atlantis", Submission(), Form("2025-01-01"), None));
        var invalid = Assert.IsType<ServiceResult<Meeting>.ValidationFailed>(await h.Meetings.LogAsync(member, "vara", "bad id/with slash", Form("2025-01-01"), None));
        Assert.Equal(RecordFields.SubmissionId, Assert.Single(invalid.Errors).Field);
        Assert.IsType<ServiceResult<Meeting>.NotFound>(await h.Meetings.GetAsync(member, "vara", "0123456789abcdef0123456789abcdef", None));
    }
}
