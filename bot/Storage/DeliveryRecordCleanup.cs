using Azure;
using Azure.Data.Tables;

namespace VastbusBot.Storage;

/// <summary>
/// Deletes old rows of the deduplication table. A row only matters while Teams may still redeliver its activity
/// (minutes), and Table Storage has no time-to-live, so without this the table would grow by one row per activity
/// for ever. Rows are found by their <c>ReceivedAt</c> (the bot's clock, as written), so rows of the earlier
/// one-insert version, which had the same column, go too.
/// </summary>
public sealed class DeliveryRecordCleanup(TableProvider tables)
{
    /// <summary>Deletes every delivery row received before <paramref name="cutoff"/>; returns how many went.</summary>
    public async Task<int> DeleteReceivedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(BatchingTableActivityDeduplicator.TableName, cancellationToken);
        var old = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"ReceivedAt lt {cutoff}"),
            select: ["PartitionKey", "RowKey"],
            cancellationToken: cancellationToken))
        {
            old.Add(row);
        }

        var deleted = 0;
        foreach (var chunk in old.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(p => p.Chunk(BatchingTableActivityDeduplicator.MaxBatchSize)))
        {
            deleted += await DeleteAsync(table, chunk, cancellationToken);
        }

        return deleted;
    }

    /// <summary>One transaction per chunk; when another instance deleted some rows first, one by one instead.</summary>
    private static async Task<int> DeleteAsync(TableClient table, TableEntity[] rows, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(
                rows.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)),
                cancellationToken);
            return rows.Length;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            var deleted = 0;
            foreach (var row in rows)
            {
                try
                {
                    var response = await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                    deleted += response.Status == 404 ? 0 : 1;
                }
                catch (RequestFailedException gone) when (gone.Status == 404)
                {
                    // Deleted by another instance meanwhile.
                }
            }

            return deleted;
        }
    }
}
