using Azure;
using Azure.Data.Tables;
using VastbusBot.Storage;

namespace VastbusBot.Features.Booking;

/// <summary>Outcome of <see cref="IGatheringStore.SaveAsync"/>.</summary>
public enum GatheringWriteOutcome
{
    Saved,

    /// <summary>Someone saved the gathering in between (or created it first); <see cref="GatheringWrite.Current"/> is theirs.</summary>
    Conflict,
}

public sealed record GatheringWrite(GatheringWriteOutcome Outcome, Gathering? Current);

/// <summary>The chairs' gatherings of a tenant, per area, with their year.</summary>
public interface IGatheringStore
{
    Task<Gathering?> GetAsync(string tenantId, string areaId, string gatheringId, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the gathering when its <see cref="Gathering.ETag"/> is null, else replaces it if nobody saved it
    /// since it was read. The saved gathering carries its new ETag.
    /// </summary>
    Task<GatheringWrite> SaveAsync(Gathering gathering, CancellationToken cancellationToken);

    /// <summary>The area's gatherings of <paramref name="year"/>, drafts and cancelled ones included.</summary>
    Task<IReadOnlyList<Gathering>> ListAsync(string tenantId, string areaId, int year, CancellationToken cancellationToken);
}

/// <summary>
/// Table <c>gatherings</c>: partition <c>{tenant}|a|{area}</c> (an area's gatherings over the years, a handful of
/// rows per year), row <c>g|{id}</c>. <c>Year</c>, <c>Status</c>, <c>Start</c> are plain properties so a year's
/// gatherings are one query inside the partition; the rest is JSON in <c>Content</c>. The row's ETag guards every
/// change, so two clicks cannot both turn a draft into a booking.
/// </summary>
public sealed class TableGatheringStore(TableProvider tables) : IGatheringStore
{
    internal const string TableName = "gatherings";

    public async Task<Gathering?> GetAsync(string tenantId, string areaId, string gatheringId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var result = await table.GetEntityIfExistsAsync<TableEntity>(Partition(tenantId, areaId), Row(gatheringId), cancellationToken: cancellationToken);
        return result.HasValue ? FromEntity(result.Value!) : null;
    }

    public async Task<GatheringWrite> SaveAsync(Gathering gathering, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gathering);
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var entity = ToEntity(gathering);
        try
        {
            var response = gathering.ETag is null
                ? await table.AddEntityAsync(entity, cancellationToken)
                : await table.UpdateEntityAsync(entity, new ETag(gathering.ETag), TableUpdateMode.Replace, cancellationToken);
            return new GatheringWrite(GatheringWriteOutcome.Saved, gathering with { ETag = response.Headers.ETag?.ToString() });
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return new GatheringWrite(GatheringWriteOutcome.Conflict, await GetAsync(gathering.TenantId, gathering.AreaId, gathering.Id, cancellationToken));
        }
    }

    public async Task<IReadOnlyList<Gathering>> ListAsync(string tenantId, string areaId, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(tenantId, areaId)} and Year eq {year}");
        var list = new List<Gathering>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(FromEntity(entity));
        }

        return list;
    }

    internal static string Partition(string tenantId, string areaId) => $"{RecordKeys.Tenant(tenantId)}|a|{TableKeys.Safe(areaId)}";

    internal static string Row(string gatheringId) => "g|" + TableKeys.Safe(gatheringId);

    private static TableEntity ToEntity(Gathering g)
    {
        var entity = new TableEntity(Partition(g.TenantId, g.AreaId), Row(g.Id))
        {
            ["Id"] = g.Id,
            ["TenantId"] = g.TenantId,
            ["AreaId"] = g.AreaId,
            ["Year"] = g.Year,
            ["Status"] = g.Status.ToString(),
            ["Start"] = g.Event?.Start,
            ["EventId"] = g.Event?.EventId,
            ["Content"] = RecordJson.Serialize(new StoredContent(
                g.Request, g.Organizer, g.BookerAddress, g.Attendees, g.Options, g.OptionsForMove, g.GroupsWithoutChair, g.Event)),
        };
        RecordStamps.Set(entity, "Created", g.Created);
        RecordStamps.Set(entity, "Updated", g.Updated);
        return entity;
    }

    private static Gathering FromEntity(TableEntity e)
    {
        var content = RecordJson.Deserialize<StoredContent>(e.GetString("Content") ?? "null");
        return new Gathering(
            e.GetString("Id") ?? string.Empty,
            e.GetString("TenantId") ?? string.Empty,
            e.GetString("AreaId") ?? string.Empty,
            e.GetInt32("Year") ?? 0,
            Enum.TryParse<GatheringStatus>(e.GetString("Status"), out var status) ? status : GatheringStatus.Draft,
            content.Request,
            content.Organizer,
            content.BookerAddress,
            content.Attendees,
            content.Options,
            content.OptionsForMove,
            content.GroupsWithoutChair ?? [],
            content.Event,
            RecordStamps.Get(e, "Created") ?? throw new InvalidOperationException($"Gathering {e.RowKey} has no creation stamp."),
            RecordStamps.Get(e, "Updated"),
            e.ETag.ToString());
    }

    private sealed record StoredContent(
        GatheringRequest Request,
        string Organizer,
        string BookerAddress,
        IReadOnlyList<GatheringAttendee> Attendees,
        IReadOnlyList<GatheringOption> Options,
        bool OptionsForMove,
        IReadOnlyList<string>? GroupsWithoutChair,
        GatheringEvent? Event);
}
