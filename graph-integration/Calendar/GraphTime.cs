using System.Globalization;
using Microsoft.Graph.Models;

namespace VastbusBot.GraphIntegration.Calendar;

/// <summary>Converts between instants and Graph's dateTimeTimeZone (a local date-time string plus a zone name).</summary>
internal static class GraphTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>
    /// The zone name to send to Graph: the Windows id (events accept every Windows zone, but only some IANA ids,
    /// and Europe/Stockholm is not one of them).
    /// </summary>
    public static string GraphZoneName(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (zone == TimeZoneInfo.Utc || zone.Id is "UTC" or "Etc/UTC")
        {
            return "UTC";
        }

        if (zone.HasIanaId && TimeZoneInfo.TryConvertIanaIdToWindowsId(zone.Id, out var windowsId))
        {
            return windowsId;
        }

        return zone.Id;
    }

    public static DateTimeTimeZone ToGraph(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new DateTimeTimeZone { DateTime = local.DateTime.ToString(Format, CultureInfo.InvariantCulture), TimeZone = GraphZoneName(zone) };
    }

    public static DateTimeTimeZone ToGraphUtc(DateTimeOffset instant) =>
        new() { DateTime = instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture), TimeZone = "UTC" };

    /// <summary>The instant a Graph dateTimeTimeZone denotes, shown with the offset of <paramref name="display"/>.</summary>
    public static DateTimeOffset FromGraph(DateTimeTimeZone value, TimeZoneInfo display)
    {
        ArgumentNullException.ThrowIfNull(value);
        var local = DateTime.Parse(value.DateTime ?? throw new FormatException("dateTime is missing."), CultureInfo.InvariantCulture, DateTimeStyles.None);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var zone = FindZone(value.TimeZone);
        var instant = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return TimeZoneInfo.ConvertTime(instant, display);
    }

    private static TimeZoneInfo FindZone(string? name) =>
        string.IsNullOrWhiteSpace(name) || name is "UTC" or "Etc/UTC" or "tzone://Microsoft/Utc"
            ? TimeZoneInfo.Utc
            : TimeZoneInfo.FindSystemTimeZoneById(name);
}
