using System.Globalization;
using Azure.Data.Tables;
using VastbusBot.Storage;

namespace VastbusBot.Features.Reminders.Storage;

/// <summary>A user's own reminder settings.</summary>
/// <param name="Paused">No reminders while true.</param>
/// <param name="OffsetsDays">The user's offsets, or null for the tenant's defaults.</param>
/// <param name="TimeZone">The IANA time zone the user's client last reported, for the send time.</param>
public sealed record ReminderPreference(bool Paused, IReadOnlyList<int>? OffsetsDays, string? TimeZone)
{
    public static ReminderPreference Default { get; } = new(false, null, null);
}

public interface IReminderPreferenceStore
{
    Task<ReminderPreference?> GetAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Every preference of a tenant by user object id (one partition query per scheduler run).</summary>
    Task<IReadOnlyDictionary<string, ReminderPreference>> ListAsync(string tenantId, CancellationToken cancellationToken);

    Task SaveAsync(string tenantId, string aadObjectId, ReminderPreference preference, CancellationToken cancellationToken);
}

/// <summary>Partition = tenant, row = the user's object id.</summary>
public sealed class TableReminderPreferenceStore(TableProvider tables, TimeProvider time) : IReminderPreferenceStore
{
    internal const string TableName = "reminderprefs";

    public async Task<ReminderPreference?> GetAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(tenantId), TableKeys.Safe(aadObjectId), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e ? Read(e) : null;
    }

    public async Task<IReadOnlyDictionary<string, ReminderPreference>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var partition = TableKeys.Safe(tenantId);
        var result = new Dictionary<string, ReminderPreference>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            if (e.GetString("User") is { } user)
            {
                result[user] = Read(e);
            }
        }

        return result;
    }

    public async Task SaveAsync(string tenantId, string aadObjectId, ReminderPreference preference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preference);
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var entity = new TableEntity(TableKeys.Safe(tenantId), TableKeys.Safe(aadObjectId))
        {
            ["User"] = aadObjectId,
            ["Paused"] = preference.Paused,
            ["OffsetsDays"] = preference.OffsetsDays is null ? null : string.Join(',', preference.OffsetsDays.Select(o => o.ToString(CultureInfo.InvariantCulture))),
            ["TimeZone"] = preference.TimeZone,
            ["UpdatedAt"] = time.GetUtcNow(),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static ReminderPreference Read(TableEntity e)
    {
        IReadOnlyList<int>? offsets = null;
        if (e.GetString("OffsetsDays") is { Length: > 0 } text)
        {
            offsets = [.. text.Split(',').Select(p => int.Parse(p, NumberStyles.Integer, CultureInfo.InvariantCulture))];
        }

        return new ReminderPreference(e.GetBoolean("Paused") ?? false, offsets, e.GetString("TimeZone"));
    }
}
