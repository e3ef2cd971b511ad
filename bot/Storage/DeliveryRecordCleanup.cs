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

        // Page by page: after a long time without cleanup (or the first run against the one-insert version's rows)
        // the old rows can be many, and they need not all be held at once.
        var deleted = 0;
        var pages = table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"ReceivedAt lt {cutoff}"),
            maxPerPage: 1000,
            select: ["PartitionKey", "RowKey"],
            cancellationToken: cancellationToken).AsPages();
        await foreach (var page in pages)
        {
            foreach (var chunk in page.Values.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(p => p.Chunk(BatchingTableActivityDeduplicator.MaxBatchSize)))
            {
                deleted += await DeleteAsync(table, chunk, cancellationToken);
            }
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
