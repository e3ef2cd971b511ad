using System.Globalization;
using Azure;
using Azure.Data.Tables;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Meetings;

namespace VastbusBot.Storage;

/// <summary>
/// Meetings: partition <c>{tenant}|g|{group}</c>; the record at <c>r|{id}</c> and a listing copy at
/// <c>l|{yyyy}|{inverted date}|…|{id}</c>, written together in one transaction. A year's listing (and its count) is
/// one range query inside one group's partition.
/// </summary>
public sealed class TableMeetingStore(TableProvider tables) : IMeetingStore
{
    internal const string TableName = "meetings";

    public async Task<StoreWrite<Meeting>> CreateAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var stored = meeting with { Version = RecordVersion.First };
        var pk = RecordKeys.GroupPartition(meeting.TenantId, meeting.GroupId);
        var listRow = ListRow(stored);
        return await GroupRecordRows.CreateAsync(
            table,
            ToEntity(pk, RecordKeys.RecordRow(meeting.Id), stored, listRow),
            ToEntity(pk, listRow, stored, listRow),
            stored,
            () => GetAsync(meeting.TenantId, meeting.GroupId, meeting.Id, cancellationToken),
            "meeting",
            cancellationToken);
    }

    public async Task<Meeting?> GetAsync(string tenantId, string groupId, string meetingId, CancellationToken cancellationToken)
    {
        var entity = await ReadAsync(tenantId, groupId, meetingId, cancellationToken);
        return entity is null ? null : FromEntity(entity);
    }

    public async Task<StoreWrite<Meeting>> UpdateAsync(Meeting meeting, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var current = await ReadAsync(meeting.TenantId, meeting.GroupId, meeting.Id, cancellationToken);
        return current is null
            ? new StoreWrite<Meeting>(StoreOutcome.NotFound, null)
            : await WriteUpdateAsync(current, meeting, expectedVersion, cancellationToken);
    }

    /// <summary>The write half of <see cref="UpdateAsync"/>, given the row as it was read (separate so tests can interleave two editors).</summary>
    internal async Task<StoreWrite<Meeting>> WriteUpdateAsync(TableEntity current, Meeting meeting, string expectedVersion, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var currentMeeting = FromEntity(current);
        if (currentMeeting.Version != expectedVersion)
        {
            return new StoreWrite<Meeting>(StoreOutcome.Conflict, currentMeeting);
        }

        var stored = meeting with { Version = RecordVersion.Next(currentMeeting.Version), Created = currentMeeting.Created, SubmissionId = currentMeeting.SubmissionId };
        var pk = current.PartitionKey;
        var oldListRow = current.GetString("ListRow") ?? ListRow(currentMeeting);
        var newListRow = ListRow(stored);
        var actions = new List<TableTransactionAction>
        {
            // The ETag closes the gap between the version check above and this write.
            new(TableTransactionActionType.UpdateReplace, ToEntity(pk, current.RowKey, stored, newListRow), current.ETag),
        };
        if (oldListRow == newListRow)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(pk, newListRow, stored, newListRow)));
        }
        else
        {
            // The date changed: the listing copy moves (maybe to another year).
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pk, oldListRow), ETag.All));
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, ToEntity(pk, newListRow, stored, newListRow)));
        }

        return await GroupRecordRows.UpdateAsync(
            table, actions, stored, () => GetAsync(meeting.TenantId, meeting.GroupId, meeting.Id, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<Meeting>> ListAsync(string tenantId, string groupId, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var filter = RecordKeys.PrefixFilter(RecordKeys.GroupPartition(tenantId, groupId), RecordKeys.YearPrefix(year));
        return await GroupRecordRows.QueryAsync(table, filter, FromEntity, cancellationToken);
    }

    internal async Task<TableEntity?> ReadAsync(string tenantId, string groupId, string meetingId, CancellationToken cancellationToken) =>
        await GroupRecordRows.ReadRecordAsync(await tables.GetTableAsync(TableName, cancellationToken), tenantId, groupId, meetingId, cancellationToken);

    private static string ListRow(Meeting m) => RecordKeys.ListRow(m.Content.Date, m.Created.At, m.Id);

    private static TableEntity ToEntity(string pk, string row, Meeting m, string listRow)
    {
        var entity = new TableEntity(pk, row)
        {
            ["Id"] = m.Id,
            ["TenantId"] = m.TenantId,
            ["GroupId"] = m.GroupId,
            ["SubmissionId"] = m.SubmissionId,
            ["Date"] = m.Content.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Content"] = RecordJson.Serialize(m.Content),
            ["Version"] = RecordVersion.ToNumber(m.Version),
            ["ListRow"] = listRow,
        };
        RecordStamps.Set(entity, "Created", m.Created);
        RecordStamps.Set(entity, "Updated", m.Updated);
        return entity;
    }

    private static Meeting FromEntity(TableEntity e) => new(
        e.GetString("Id") ?? string.Empty,
        e.GetString("TenantId") ?? string.Empty,
        e.GetString("GroupId") ?? string.Empty,
        e.GetString("SubmissionId") ?? string.Empty,
        RecordJson.Deserialize<MeetingContent>(e.GetString("Content") ?? "null"),
        RecordStamps.Get(e, "Created") ?? throw new InvalidOperationException($"Meeting {e.RowKey} has no creation stamp."),
        RecordStamps.Get(e, "Updated"),
        RecordVersion.FromNumber(e.GetInt32("Version") ?? 1));
}

/// <summary>
/// The version token of a record: a revision number kept in both the record and its listing copy, so a record
/// taken from a listing can be edited directly. The record row's ETag guards the gap between checking the version
/// and writing the next one.
/// </summary>
internal static class RecordVersion
{
    public const string First = "1";

    public static string Next(string version) => FromNumber(ToNumber(version) + 1);

    public static int ToNumber(string version) => int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    public static string FromNumber(int number) => number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A <see cref="Stamp"/> as three properties: <c>{prefix}By</c>, <c>{prefix}ByName</c>, <c>{prefix}At</c>.</summary>
internal static class RecordStamps
{
    public static void Set(TableEntity entity, string prefix, Stamp? stamp)
    {
        if (stamp is null)
        {
            return;
        }

        entity[prefix + "By"] = stamp.AadObjectId;
        entity[prefix + "ByName"] = stamp.Name;
        entity[prefix + "At"] = stamp.At;
    }

    public static Stamp? Get(TableEntity entity, string prefix) =>
        entity.GetString(prefix + "By") is { } by && entity.GetDateTimeOffset(prefix + "At") is { } at
            ? new Stamp(by, entity.GetString(prefix + "ByName"), at)
            : null;
}
