using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;

namespace VastbusBot.Storage;

/// <summary>
/// Keys shared by the registry, meeting and deviation tables (see docs/records.md). Every partition key starts
/// with the tenant, so no query can reach another tenant's rows, and '|' separates key parts: tenant and user ids
/// are GUIDs (hashed otherwise) and group ids are slugs, so neither contains it.
/// </summary>
internal static class RecordKeys
{
    public static string Tenant(string tenantId) => IdKey(tenantId);

    public static string User(string aadObjectId) => IdKey(aadObjectId);

    /// <summary><c>{tenant}|g|{group}</c>: one group's meetings or deviations.</summary>
    public static string GroupPartition(string tenantId, string groupId) => $"{Tenant(tenantId)}|g|{TableKeys.Safe(groupId)}";

    /// <summary><c>{tenant}|u|{user}</c>: the deviations one user reported.</summary>
    public static string ReporterPartition(string tenantId, string aadObjectId) => $"{Tenant(tenantId)}|u|{User(aadObjectId)}";

    /// <summary><c>r|{id}</c>: the record itself, read and written by id.</summary>
    public static string RecordRow(string id) => "r|" + TableKeys.Safe(id);

    /// <summary>
    /// <c>l|{yyyy}|{inverted yyyyMMdd}|{inverted created ticks}|{id}</c>: the listing copy. Row keys sort ascending,
    /// so inverting the date lists a year newest first; the creation time orders records of the same day.
    /// </summary>
    public static string ListRow(DateOnly date, DateTimeOffset createdAt, string id) => string.Create(
        CultureInfo.InvariantCulture,
        $"{YearPrefix(date.Year)}{99999999 - ((date.Year * 10000) + (date.Month * 100) + date.Day):D8}|{long.MaxValue - createdAt.UtcTicks:D19}|{TableKeys.Safe(id)}");

    public static string YearPrefix(int year) => string.Create(CultureInfo.InvariantCulture, $"l|{year:D4}|");

    /// <summary>Rows of <paramref name="partition"/> whose key starts with <paramref name="prefix"/>.</summary>
    public static string PrefixFilter(string partition, string prefix)
    {
        // The first key after every key with this prefix: the prefix with its last character incremented.
        var end = string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());
        return TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {end}");
    }

    private static string IdKey(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Guid.TryParse(id, out var guid) ? guid.ToString("D") : TableKeys.Hash(id);
    }
}

/// <summary>How record content is kept in a table property: JSON, enums as kebab-case codes, non-ASCII unescaped.</summary>
internal static class RecordJson
{
    // Unescaped Swedish letters keep the JSON within a property's 32K-character limit; this JSON never reaches HTML.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is empty.");
}
