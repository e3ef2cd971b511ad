using Azure;
using Azure.Data.Tables;
using VastbusBot.Protocol;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Storage;

/// <summary>
/// Remembers processed deliveries in Table Storage, so a Teams retry is processed once even when it reaches
/// another instance. Insert-only: the 409 of <c>AddEntity</c> is the "seen before" answer.
/// </summary>
public sealed class TableActivityDeduplicator(TableProvider tables, TimeProvider time) : IActivityDeduplicator
{
    internal const string TableName = "deliveries";

    public async ValueTask<bool> TryBeginAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id) || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return true; // Nothing to recognise a retry by.
        }

        var key = TableKeys.Hash(conversationId + "\n" + activity.Id);
        var table = await tables.GetTableAsync(TableName, ct);

        // Spread rows over 256 partitions by the hash's first byte.
        var entity = new TableEntity(key[..2], key) { ["ReceivedAt"] = time.GetUtcNow(), ["Type"] = activity.Type };
        try
        {
            await table.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }
}
