using Azure.Data.Tables;
using VastbusBot.Features.Records;

namespace VastbusBot.Storage;

/// <summary>
/// The writes and reads meetings and deviations share: a record row and its listing copy in one group partition
/// (see <see cref="RecordKeys"/>), created together, updated together under the record row's ETag.
/// </summary>
internal static class GroupRecordRows
{
    /// <summary>
    /// Adds the record row and its listing copy in one transaction. When the id is taken, the submission was seen
    /// before (a redelivery): the record as it stands is returned as <see cref="StoreOutcome.AlreadyExisted"/>.
    /// </summary>
    public static async Task<StoreWrite<T>> CreateAsync<T>(
        TableClient table, TableEntity record, TableEntity listing, T stored, Func<Task<T?>> readExisting, string kind, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, record),
                    new TableTransactionAction(TableTransactionActionType.Add, listing),
                ],
                cancellationToken);
            return new StoreWrite<T>(StoreOutcome.Created, stored);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            var existing = await readExisting()
                ?? throw new InvalidOperationException($"A {kind} create conflicted, but the {kind} cannot be read.", ex);
            return new StoreWrite<T>(StoreOutcome.AlreadyExisted, existing);
        }
    }

    /// <summary>
    /// Submits an update whose first action replaces the record row under its ETag. When that row changed or went
    /// meanwhile, nothing is written and the latest record (or none) comes back as a conflict (or not found).
    /// </summary>
    public static async Task<StoreWrite<T>> UpdateAsync<T>(
        TableClient table, IEnumerable<TableTransactionAction> actions, T stored, Func<Task<T?>> readLatest, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return new StoreWrite<T>(StoreOutcome.Updated, stored);
        }
        catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == 0 && ex.Status is 412 or 404)
        {
            var latest = await readLatest();
            return new StoreWrite<T>(latest is null ? StoreOutcome.NotFound : StoreOutcome.Conflict, latest);
        }
    }

    /// <summary>The record row of <paramref name="id"/> in its group, or null.</summary>
    public static async Task<TableEntity?> ReadRecordAsync(TableClient table, string tenantId, string groupId, string id, CancellationToken cancellationToken)
    {
        var result = await table.GetEntityIfExistsAsync<TableEntity>(
            RecordKeys.GroupPartition(tenantId, groupId), RecordKeys.RecordRow(id), cancellationToken: cancellationToken);
        return result.HasValue ? result.Value : null;
    }

    /// <summary>Every row <paramref name="filter"/> selects, mapped.</summary>
    public static async Task<List<T>> QueryAsync<T>(TableClient table, string filter, Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            items.Add(map(entity));
        }

        return items;
    }
}
