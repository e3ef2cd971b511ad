using System.Globalization;
using Azure;
using Azure.Data.Tables;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Deviations;

namespace VastbusBot.Storage;

/// <summary>
/// Deviations: partition <c>{tenant}|g|{group}</c> with the record at <c>r|{id}</c> and a listing copy at
/// <c>l|{yyyy}|{inverted date}|…|{id}</c> (written together in one transaction; status and category are plain
/// properties for filtering). Partition <c>{tenant}|u|{reporter}</c> indexes each reporter's deviations
/// (<c>{inverted reported ticks}|{group}|{id}</c>) so "my deviations" is one query plus point reads, never a scan of
/// the groups.
/// </summary>
public sealed class TableDeviationStore(TableProvider tables) : IDeviationStore
{
    internal const string TableName = "deviations";

    public async Task<StoreWrite<Deviation>> CreateAsync(Deviation deviation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deviation);
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var stored = deviation with { Version = RecordVersion.First };
        var pk = RecordKeys.GroupPartition(deviation.TenantId, deviation.GroupId);
        var listRow = ListRow(stored);
        var result = await GroupRecordRows.CreateAsync(
            table,
            ToEntity(pk, RecordKeys.RecordRow(deviation.Id), stored, listRow),
            ToEntity(pk, listRow, stored, listRow),
            stored,
            () => GetAsync(deviation.TenantId, deviation.GroupId, deviation.Id, cancellationToken),
            "deviation",
            cancellationToken);

        // The reporter index lives in another partition, so it is written after the record. It is keyed by the stored
        // record, so a redelivered submission rewrites the same row (and repairs it if the first attempt stopped here).
        var index = result.Value!;
        await table.UpsertEntityAsync(
            new TableEntity(RecordKeys.ReporterPartition(index.TenantId, index.Reported.AadObjectId), ReporterRow(index))
            {
                ["GroupId"] = index.GroupId,
                ["Id"] = index.Id,
            },
            TableUpdateMode.Replace,
            cancellationToken);
        return result;
    }

    public async Task<Deviation?> GetAsync(string tenantId, string groupId, string deviationId, CancellationToken cancellationToken)
    {
        var entity = await ReadAsync(tenantId, groupId, deviationId, cancellationToken);
        return entity is null ? null : FromEntity(entity);
    }

    public async Task<StoreWrite<Deviation>> UpdateAsync(Deviation deviation, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deviation);
        var current = await ReadAsync(deviation.TenantId, deviation.GroupId, deviation.Id, cancellationToken);
        return current is null
            ? new StoreWrite<Deviation>(StoreOutcome.NotFound, null)
            : await WriteUpdateAsync(current, deviation, expectedVersion, cancellationToken);
    }

    /// <summary>The write half of <see cref="UpdateAsync"/>, given the row as it was read (separate so tests can interleave two handlers).</summary>
    internal async Task<StoreWrite<Deviation>> WriteUpdateAsync(TableEntity current, Deviation deviation, string expectedVersion, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var currentDeviation = FromEntity(current);
        if (currentDeviation.Version != expectedVersion)
        {
            return new StoreWrite<Deviation>(StoreOutcome.Conflict, currentDeviation);
        }

        // What was reported never changes; only the handling does.
        var stored = deviation with
        {
            Version = RecordVersion.Next(currentDeviation.Version),
            Content = currentDeviation.Content,
            Reported = currentDeviation.Reported,
            SubmissionId = currentDeviation.SubmissionId,
            IsReporterView = false,
        };
        var listRow = current.GetString("ListRow") ?? ListRow(currentDeviation);
        return await GroupRecordRows.UpdateAsync(
            table,
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(current.PartitionKey, current.RowKey, stored, listRow), current.ETag),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(current.PartitionKey, listRow, stored, listRow)),
            ],
            stored,
            () => GetAsync(deviation.TenantId, deviation.GroupId, deviation.Id, cancellationToken),
            cancellationToken);
    }

    public async Task<IReadOnlyList<Deviation>> ListAsync(string tenantId, string groupId, DeviationFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var query = RecordKeys.PrefixFilter(RecordKeys.GroupPartition(tenantId, groupId), RecordKeys.YearPrefix(filter.Year));
        if (filter.Status is { } status)
        {
            query += " and " + TableClient.CreateQueryFilter($"Status eq {DeviationStatuses.Code(status)}");
        }

        if (filter.Category is { } category)
        {
            query += " and " + TableClient.CreateQueryFilter($"Category eq {DeviationCategories.Code(category)}");
        }

        return await GroupRecordRows.QueryAsync(table, query, FromEntity, cancellationToken);
    }

    public async Task<DeviationYearCounts> CountAsync(string tenantId, string groupId, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var query = RecordKeys.PrefixFilter(RecordKeys.GroupPartition(tenantId, groupId), RecordKeys.YearPrefix(year));
        var byStatus = DeviationStatuses.All.ToDictionary(o => o.Value, _ => 0);
        var total = 0;
        await foreach (var e in table.QueryAsync<TableEntity>(query, select: ["Status"], cancellationToken: cancellationToken))
        {
            total++;
            if (DeviationStatuses.Parse(e.GetString("Status")) is { } status)
            {
                byStatus[status]++;
            }
        }

        return new DeviationYearCounts(groupId, year, total, byStatus);
    }

    public async Task<IReadOnlyList<Deviation>> ListByReporterAsync(string tenantId, string reporterAadObjectId, int max, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var partition = RecordKeys.ReporterPartition(tenantId, reporterAadObjectId);
        var pointers = new List<(string GroupId, string Id)>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), maxPerPage: max, cancellationToken: cancellationToken))
        {
            pointers.Add((e.GetString("GroupId") ?? string.Empty, e.GetString("Id") ?? string.Empty));
            if (pointers.Count >= max)
            {
                break;
            }
        }

        var deviations = await Task.WhenAll(pointers.Select(p => GetAsync(tenantId, p.GroupId, p.Id, cancellationToken)));
        return [.. deviations.OfType<Deviation>()];
    }

    internal async Task<TableEntity?> ReadAsync(string tenantId, string groupId, string deviationId, CancellationToken cancellationToken) =>
        await GroupRecordRows.ReadRecordAsync(await tables.GetTableAsync(TableName, cancellationToken), tenantId, groupId, deviationId, cancellationToken);

    private static string ListRow(Deviation d) => RecordKeys.ListRow(d.Content.Date, d.Reported.At, d.Id);

    private static string ReporterRow(Deviation d) => string.Create(
        CultureInfo.InvariantCulture, $"{long.MaxValue - d.Reported.At.UtcTicks:D19}|{TableKeys.Safe(d.GroupId)}|{d.Id}");

    private static TableEntity ToEntity(string pk, string row, Deviation d, string listRow)
    {
        var entity = new TableEntity(pk, row)
        {
            ["Id"] = d.Id,
            ["TenantId"] = d.TenantId,
            ["GroupId"] = d.GroupId,
            ["SubmissionId"] = d.SubmissionId,
            ["Date"] = d.Content.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Content"] = RecordJson.Serialize(d.Content),
            ["Status"] = DeviationStatuses.Code(d.Status),
            ["Category"] = DeviationCategories.Code(d.Content.Category),
            ["Analysis"] = d.Analysis,
            ["History"] = RecordJson.Serialize(d.History),
            ["Version"] = RecordVersion.ToNumber(d.Version),
            ["ListRow"] = listRow,
        };
        RecordStamps.Set(entity, "Reported", d.Reported);
        RecordStamps.Set(entity, "Updated", d.Updated);
        return entity;
    }

    private static Deviation FromEntity(TableEntity e) => new(
        e.GetString("Id") ?? string.Empty,
        e.GetString("TenantId") ?? string.Empty,
        e.GetString("GroupId") ?? string.Empty,
        e.GetString("SubmissionId") ?? string.Empty,
        RecordJson.Deserialize<DeviationContent>(e.GetString("Content") ?? "null"),
        DeviationStatuses.Parse(e.GetString("Status")) ?? DeviationStatus.Received,
        e.GetString("Analysis"),
        RecordStamps.Get(e, "Reported") ?? throw new InvalidOperationException($"Deviation {e.RowKey} has no reporter stamp."),
        RecordStamps.Get(e, "Updated"),
        RecordJson.Deserialize<List<StatusChange>>(e.GetString("History") ?? "[]"),
        RecordVersion.FromNumber(e.GetInt32("Version") ?? 1));
}
