using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using VastbusBot.Storage;

namespace VastbusBot.Features.Reports.Integration;

/// <summary>A submitted (chair-corrected) annual report, with who submitted it and the row's ETag.</summary>
public sealed record SubmittedAnnualReport(LocalAnnualReport Report, string AreaId, string SubmittedBy, DateTimeOffset SubmittedAt, string ETag);

/// <summary>A coordinator's submitted delregional summary (or the gathering flag), with the row's ETag.</summary>
public sealed record SubmittedAreaItem(string AreaId, int Year, string SubmittedBy, DateTimeOffset SubmittedAt, string ETag);

/// <summary>What a conditional write did.</summary>
public enum SubmitOutcome
{
    Saved,

    /// <summary>The row changed (or appeared) since the caller read it: nothing written.</summary>
    Conflict,
}

/// <summary>
/// The reports the chairs and coordinators submitted, per tenant and year. Writes are conditional: pass the ETag
/// last read (null when nothing was submitted yet), so two people submitting at once cannot silently overwrite.
/// </summary>
public interface ISubmittedReportStore
{
    Task<SubmittedAnnualReport?> GetAnnualReportAsync(string tenantId, string areaId, string groupId, int year, CancellationToken cancellationToken);

    /// <summary>The submitted annual reports of an area's groups for a year (one range query).</summary>
    Task<IReadOnlyList<SubmittedAnnualReport>> ListAnnualReportsAsync(string tenantId, string areaId, int year, CancellationToken cancellationToken);

    Task<SubmitOutcome> SaveAnnualReportAsync(LocalAnnualReport report, string areaId, string submittedBy, string? expectedETag, CancellationToken cancellationToken);

    Task<SubmittedAreaItem?> GetSummaryAsync(string tenantId, string areaId, int year, CancellationToken cancellationToken);

    Task<SubmitOutcome> SaveSummaryAsync(string tenantId, string areaId, int year, string submittedBy, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>The chairs' gathering of <paramref name="year"/> marked held or booked (stops its reminders).</summary>
    Task<SubmittedAreaItem?> GetGatheringAsync(string tenantId, string areaId, int year, CancellationToken cancellationToken);

    Task MarkGatheringAsync(string tenantId, string areaId, int year, string markedBy, CancellationToken cancellationToken);
}

/// <summary>
/// Table <c>submittedreports</c>: partition <c>{tenant}|{year}</c>; rows <c>ar|{area}|{group}</c> (annual report,
/// JSON), <c>su|{area}</c> (summary), <c>ga|{area}</c> (gathering). "An area's reports for a year" is a range query
/// on <c>ar|{area}|</c>, "this group's report" a point read; a tenant-year partition holds at most a few hundred rows.
/// </summary>
public sealed class TableSubmittedReportStore(TableProvider tables, TimeProvider time) : ISubmittedReportStore
{
    internal const string TableName = "submittedreports";

    /// <summary>Table Storage allows 32K UTF-16 characters per string property.</summary>
    internal const int MaxJsonChars = 32_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SubmittedAnnualReport?> GetAnnualReportAsync(string tenantId, string areaId, string groupId, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(tenantId, year), AnnualRow(areaId, groupId), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e ? ToAnnual(e) : null;
    }

    public async Task<IReadOnlyList<SubmittedAnnualReport>> ListAnnualReportsAsync(string tenantId, string areaId, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var from = "ar|" + TableKeys.Safe(areaId) + "|";
        var to = from[..^1] + "}"; // '}' follows '|' in ordinal order
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(tenantId, year)} and RowKey ge {from} and RowKey lt {to}");
        var result = new List<SubmittedAnnualReport>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (ToAnnual(e) is { } r)
            {
                result.Add(r);
            }
        }

        return result;
    }

    public async Task<SubmitOutcome> SaveAnnualReportAsync(LocalAnnualReport report, string areaId, string submittedBy, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = JsonSerializer.Serialize(report, Json);
        if (json.Length > MaxJsonChars)
        {
            throw new ArgumentException("The report is too long to store.", nameof(report));
        }

        var entity = new TableEntity(Partition(report.TenantId, report.Year), AnnualRow(areaId, report.GroupId))
        {
            ["Report"] = json,
            ["AreaId"] = areaId,
            ["SubmittedBy"] = submittedBy,
            ["SubmittedAt"] = time.GetUtcNow(),
        };
        return await WriteAsync(entity, expectedETag, cancellationToken);
    }

    public Task<SubmittedAreaItem?> GetSummaryAsync(string tenantId, string areaId, int year, CancellationToken cancellationToken) =>
        GetAreaItemAsync(tenantId, "su|", areaId, year, cancellationToken);

    public Task<SubmitOutcome> SaveSummaryAsync(string tenantId, string areaId, int year, string submittedBy, string? expectedETag, CancellationToken cancellationToken) =>
        WriteAsync(AreaEntity(tenantId, "su|", areaId, year, submittedBy), expectedETag, cancellationToken);

    public Task<SubmittedAreaItem?> GetGatheringAsync(string tenantId, string areaId, int year, CancellationToken cancellationToken) =>
        GetAreaItemAsync(tenantId, "ga|", areaId, year, cancellationToken);

    public async Task MarkGatheringAsync(string tenantId, string areaId, int year, string markedBy, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(AreaEntity(tenantId, "ga|", areaId, year, markedBy), TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<SubmitOutcome> WriteAsync(TableEntity entity, string? expectedETag, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        try
        {
            if (expectedETag is null)
            {
                await table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken);
            }

            return SubmitOutcome.Saved;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return SubmitOutcome.Conflict;
        }
    }

    private async Task<SubmittedAreaItem?> GetAreaItemAsync(string tenantId, string prefix, string areaId, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(tenantId, year), prefix + TableKeys.Safe(areaId), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e
            ? new SubmittedAreaItem(areaId, year, e.GetString("SubmittedBy") ?? string.Empty, e.GetDateTimeOffset("SubmittedAt") ?? default, e.ETag.ToString())
            : null;
    }

    private TableEntity AreaEntity(string tenantId, string prefix, string areaId, int year, string by) =>
        new(Partition(tenantId, year), prefix + TableKeys.Safe(areaId)) { ["SubmittedBy"] = by, ["SubmittedAt"] = time.GetUtcNow() };

    private static SubmittedAnnualReport? ToAnnual(TableEntity e) =>
        e.GetString("Report") is { } json && JsonSerializer.Deserialize<LocalAnnualReport>(json, Json) is { } report
            ? new SubmittedAnnualReport(report, e.GetString("AreaId") ?? string.Empty, e.GetString("SubmittedBy") ?? string.Empty, e.GetDateTimeOffset("SubmittedAt") ?? default, e.ETag.ToString())
            : null;

    private static string Partition(string tenantId, int year) =>
        RecordKeys.Tenant(tenantId) + "|" + year.ToString(CultureInfo.InvariantCulture);

    private static string AnnualRow(string areaId, string groupId) => "ar|" + TableKeys.Safe(areaId) + "|" + TableKeys.Safe(groupId);
}
