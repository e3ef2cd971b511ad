using Azure.Data.Tables;
using VastbusBot.Storage;

namespace VastbusBot.Features.Reminders.Storage;

/// <summary>One row per tenant with the end of the scheduler's last complete run.</summary>
public sealed class TableReminderRunLog(TableProvider tables) : IReminderRunLog
{
    internal const string TableName = "reminderruns";
    private const string Row = "scheduler";

    public async Task<DateTimeOffset?> GetLastRunAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(tenantId), Row, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e ? e.GetDateTimeOffset("LastRun") : null;
    }

    public async Task SetLastRunAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Safe(tenantId), Row) { ["LastRun"] = at }, TableUpdateMode.Replace, cancellationToken);
    }
}
