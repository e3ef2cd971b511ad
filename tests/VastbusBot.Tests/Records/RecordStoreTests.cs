using Azure.Data.Tables;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Records;

/// <summary>The table stores on their own: key layout and the ETag guard between reading and writing.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RecordStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "11111111-1111-1111-1111-111111111111";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Stamp Creator = new("00000000-0000-4000-8000-000000000001", "Åsa Öberg", new DateTimeOffset(2025, 6, 1, 9, 30, 0, TimeSpan.Zero));

    private TableProvider NewProvider(out string prefix)
    {
        prefix = AzuriteTables.NewPrefix();
        return azurite.Tables(prefix);
    }

    private static Meeting Meeting(string id, DateOnly date, string topics = "Ämne med åäö") => new(
        id, Tenant, "boras", "sub-" + id,
        new MeetingContent(date, [new Participant("Åsa Öberg", "Elevhälsan")], topics, null, ["SIP"], null),
        Creator, null, string.Empty);

    private static Deviation Deviation(string id) => new(
        id, Tenant, "boras", "sub-" + id,
        new DeviationContent(new DateOnly(2025, 5, 5), "Skolan", ["BUP"], DeviationCategory.ResponsibilityUnclear, "Ansvaret oklart.", null),
        DeviationStatus.Received, null, Creator, null, [new StatusChange(null, DeviationStatus.Received, Creator)], string.Empty);

    [Fact]
    public async Task MeetingUpdate_SomeoneWroteBetweenOurReadAndOurWrite_IsAConflictNotAnOverwrite()
    {
        var store = new TableMeetingStore(NewProvider(out _));
        await store.CreateAsync(Meeting("m1", new DateOnly(2025, 3, 1)), None);
        var readByA = await store.ReadAsync(Tenant, "boras", "m1", None);
        var readByB = await store.ReadAsync(Tenant, "boras", "m1", None);

        var a = await store.WriteUpdateAsync(readByA!, Meeting("m1", new DateOnly(2025, 3, 1), "A"), "1", None);
        var b = await store.WriteUpdateAsync(readByB!, Meeting("m1", new DateOnly(2025, 3, 2), "B"), "1", None);

        Assert.Equal(StoreOutcome.Updated, a.Outcome);
        Assert.Equal(StoreOutcome.Conflict, b.Outcome);
        Assert.Equal(("A", "2"), (b.Value!.Content.Topics, b.Value.Version));
        var listed = Assert.Single(await store.ListAsync(Tenant, "boras", 2025, None));
        Assert.Equal(("A", new DateOnly(2025, 3, 1)), (listed.Content.Topics, listed.Content.Date));
    }

    [Fact]
    public async Task DeviationUpdate_SomeoneWroteBetweenOurReadAndOurWrite_IsAConflictNotAnOverwrite()
    {
        var store = new TableDeviationStore(NewProvider(out _));
        await store.CreateAsync(Deviation("d1"), None);
        var readByA = await store.ReadAsync(Tenant, "boras", "d1", None);
        var readByB = await store.ReadAsync(Tenant, "boras", "d1", None);

        var a = await store.WriteUpdateAsync(readByA!, Deviation("d1") with { Status = DeviationStatus.UnderAnalysis, Analysis = "A" }, "1", None);
        var b = await store.WriteUpdateAsync(readByB!, Deviation("d1") with { Status = DeviationStatus.Escalated, Analysis = "B" }, "1", None);

        Assert.Equal(StoreOutcome.Updated, a.Outcome);
        Assert.Equal(StoreOutcome.Conflict, b.Outcome);
        Assert.Equal((DeviationStatus.UnderAnalysis, "A"), (b.Value!.Status, b.Value.Analysis));
    }

    [Fact]
    public async Task Meeting_RowsAreKeyedByTenantAndGroup_AndTheListingSortsNewestFirst()
    {
        var store = new TableMeetingStore(NewProvider(out var prefix));
        await store.CreateAsync(Meeting("m1", new DateOnly(2025, 1, 31)), None);
        await store.CreateAsync(Meeting("m2", new DateOnly(2025, 12, 1)), None);
        await store.CreateAsync(Meeting("m3", new DateOnly(2025, 2, 1)), None);

        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + "meetings");
        var rows = await table.QueryAsync<TableEntity>().ToListAsync();

        Assert.All(rows, r => Assert.Equal($"{Tenant}|g|boras", r.PartitionKey));
        Assert.Equal(["l|2025|", "l|2025|", "l|2025|", "r|m1", "r|m2", "r|m3"], rows.Select(r => r.RowKey.StartsWith('l') ? r.RowKey[..7] : r.RowKey));
        Assert.Equal(["m2", "m3", "m1"], rows.Where(r => r.RowKey.StartsWith('l')).Select(r => r.GetString("Id")));
        Assert.Contains("Ämne med åäö", rows[0].GetString("Content"), StringComparison.Ordinal);
        Assert.Equal(["m2", "m3", "m1"], (await store.ListAsync(Tenant, "boras", 2025, None)).Select(m => m.Id));
    }

    [Fact]
    public async Task Meeting_RoundTripsEveryField()
    {
        var store = new TableMeetingStore(NewProvider(out _));
        var meeting = Meeting("m1", new DateOnly(2025, 4, 4)) with { Updated = Creator with { AadObjectId = "00000000-0000-4000-8000-000000000002", Name = null } };

        var created = await store.CreateAsync(meeting, None);
        var read = await store.GetAsync(Tenant, "boras", "m1", None);

        Assert.Equal(StoreOutcome.Created, created.Outcome);
        Assert.NotNull(read);
        Assert.Equal(meeting with { Version = "1", Content = read.Content }, read);
        Assert.Equal(meeting.Content.Participants, read.Content.Participants);
        Assert.Equal(meeting.Content.Trainings, read.Content.Trainings);
        Assert.Equal((meeting.Content.Date, meeting.Content.Topics, meeting.Content.Decisions), (read.Content.Date, read.Content.Topics, read.Content.Decisions));
    }
}

internal static class AsyncPageableExtensions
{
    public static async Task<List<T>> ToListAsync<T>(this Azure.AsyncPageable<T> pageable)
        where T : notnull
    {
        var list = new List<T>();
        await foreach (var item in pageable)
        {
            list.Add(item);
        }

        return list;
    }
}
