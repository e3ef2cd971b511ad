using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using VastbusBot.Storage;

namespace VastbusBot.Features.Reminders.Storage;

/// <summary>
/// Claims in Table Storage. Partition = tenant; row = deadline occurrence, unit, recipient and offset, so a tenant's
/// claims for one deadline are one range. <c>AddEntity</c> is the atomic claim (409 = taken); a retryable failure is
/// re-claimed with an ETag-conditional update, so two instances cannot both re-take it.
/// </summary>
public sealed partial class TableReminderClaimStore(
    TableProvider tables,
    IOptionsMonitor<ReminderOptions> options,
    ILogger<TableReminderClaimStore> logger) : IReminderClaimStore
{
    internal const string TableName = "reminderclaims";

    // Reminders that reached a final state never change again: skip the storage round trip next run.
    private readonly ConcurrentDictionary<string, ClaimState> _final = new(StringComparer.Ordinal);

    public async Task<ClaimResult> TryClaimAsync(ReminderKey key, string instanceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (partition, row) = Keys(key);
        if (_final.TryGetValue(partition + "\n" + row, out var known))
        {
            return ClaimResult.Refused(known);
        }

        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var entity = new TableEntity(partition, row)
        {
            ["State"] = nameof(ClaimState.Claimed),
            ["Attempts"] = 1,
            ["ClaimedAt"] = now,
            ["Instance"] = instanceId,
            ["Recipient"] = key.RecipientAadObjectId,
            ["Unit"] = key.UnitId,
            ["Deadline"] = key.Occurrence.Id,
            ["OffsetDays"] = key.OffsetDays,
        };
        try
        {
            var added = await table.AddEntityAsync(entity, cancellationToken);
            return new ClaimResult(true, ClaimState.Claimed, 1, added.Headers.ETag?.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Someone has (or had) it; the existing record says whether it may be taken again.
        }

        var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (!existing.HasValue || existing.Value is not { } current)
        {
            return ClaimResult.Refused(ClaimState.Claimed); // deleted in between: leave it to the next run
        }

        var state = Enum.TryParse<ClaimState>(current.GetString("State"), out var s) ? s : ClaimState.FailedFinal;
        var attempts = current.GetInt32("Attempts") ?? 1;
        var o = options.CurrentValue;
        switch (state)
        {
            case ClaimState.Claimed when now - (current.GetDateTimeOffset("ClaimedAt") ?? now) > o.ClaimTimeout:
                // The claimer died between claim and outcome; it may have delivered, so this is given up.
                LogAbandoned(key.TenantId, key.Occurrence.Id, key.OffsetDays, current.GetString("Instance"));
                return await TransitionAsync(table, current, ClaimState.Abandoned, attempts, instanceId, now, cancellationToken) is not null
                    ? Remember(partition, row, ClaimResult.Refused(ClaimState.Abandoned))
                    : ClaimResult.Refused(ClaimState.Claimed);
            case ClaimState.FailedRetryable when attempts < o.MaxSendAttempts:
                return await TransitionAsync(table, current, ClaimState.Claimed, attempts + 1, instanceId, now, cancellationToken) is { } etag
                    ? new ClaimResult(true, ClaimState.Claimed, attempts + 1, etag)
                    : ClaimResult.Refused(ClaimState.Claimed);
            case ClaimState.FailedRetryable:
                await TransitionAsync(table, current, ClaimState.FailedFinal, attempts, instanceId, now, cancellationToken);
                return Remember(partition, row, ClaimResult.Refused(ClaimState.FailedFinal));
            case ClaimState.Sent or ClaimState.FailedFinal or ClaimState.Abandoned:
                return Remember(partition, row, ClaimResult.Refused(state));
            default:
                return ClaimResult.Refused(state);
        }
    }

    public async Task CompleteAsync(ReminderKey key, ClaimResult claim, ClaimState outcome, string? activityId, string? detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claim);
        if (outcome is not (ClaimState.Sent or ClaimState.FailedRetryable or ClaimState.FailedFinal))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A claim completes as Sent, FailedRetryable or FailedFinal.");
        }

        var (partition, row) = Keys(key);
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var entity = new TableEntity(partition, row)
        {
            ["State"] = outcome.ToString(),
            ["CompletedAt"] = now,
            ["ActivityId"] = activityId,
            ["Detail"] = detail is { Length: > 500 } ? detail[..500] : detail,
        };

        // Unconditional: what happened at Teams is the truth, even if another instance marked the claim abandoned.
        await table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
        if (outcome != ClaimState.FailedRetryable)
        {
            _final[partition + "\n" + row] = outcome;
        }
    }

    public async Task<ClaimState?> GetStateAsync(ReminderKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (partition, row) = Keys(key);
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        return existing.HasValue && existing.Value is { } e && Enum.TryParse<ClaimState>(e.GetString("State"), out var s) ? s : null;
    }

    /// <summary>Partition = tenant; row = <c>{deadline}|{unit}|{recipient}|{offset}</c>, each part key-safe.</summary>
    internal static (string Partition, string Row) Keys(ReminderKey key) => (
        TableKeys.Safe(key.TenantId),
        string.Join(
            '|',
            key.Occurrence.Id,
            TableKeys.Safe(key.UnitId),
            TableKeys.Safe(key.RecipientAadObjectId),
            key.OffsetDays.ToString("D3", CultureInfo.InvariantCulture)));

    private async Task<string?> TransitionAsync(TableClient table, TableEntity current, ClaimState to, int attempts, string instanceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        current["State"] = to.ToString();
        current["Attempts"] = attempts;
        current["Instance"] = instanceId;
        if (to == ClaimState.Claimed)
        {
            current["ClaimedAt"] = now;
        }

        try
        {
            var response = await table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag?.ToString() ?? string.Empty;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return null; // another instance changed it first
        }
    }

    private ClaimResult Remember(string partition, string row, ClaimResult result)
    {
        var cache = partition + "\n" + row;
        if (_final.Count > 100_000)
        {
            _final.Clear();
        }

        _final[cache] = result.State;
        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder claim for {Deadline} offset {OffsetDays} in tenant {TenantId} by {Instance} never recorded an outcome; given up (at-most-once)")]
    private partial void LogAbandoned(string tenantId, string deadline, int offsetDays, string? instance);
}
