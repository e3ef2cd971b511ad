using System.Globalization;
using System.Text.Json.Nodes;

namespace VastbusBot.GraphEmulator;

/// <summary>Graph's JSON shapes: dateTimeTimeZone, events, users and errors.</summary>
internal static class GraphJson
{
    private const string OutputFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff";

    /// <summary>The zone a Prefer: outlook.timezone="..." header asks for, UTC otherwise.</summary>
    public static TimeZoneInfo PreferredZone(HttpRequest request)
    {
        foreach (var value in request.Headers["Prefer"])
        {
            foreach (var part in (value ?? string.Empty).Split(','))
            {
                var trimmed = part.Trim();
                if (trimmed.StartsWith("outlook.timezone=", StringComparison.OrdinalIgnoreCase))
                {
                    return FindZone(trimmed["outlook.timezone=".Length..].Trim('"'));
                }
            }
        }

        return TimeZoneInfo.Utc;
    }

    public static TimeZoneInfo FindZone(string? name) =>
        string.IsNullOrWhiteSpace(name) || name is "UTC" or "Etc/UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(name);

    public static string ZoneName(TimeZoneInfo zone) => zone == TimeZoneInfo.Utc ? "UTC" : zone.Id;

    public static JsonObject DateTimeTimeZone(DateTimeOffset instant, TimeZoneInfo zone) => new()
    {
        ["dateTime"] = TimeZoneInfo.ConvertTime(instant, zone).DateTime.ToString(OutputFormat, CultureInfo.InvariantCulture),
        ["timeZone"] = ZoneName(zone),
    };

    /// <summary>Reads a dateTimeTimeZone; throws <see cref="FormatException"/> when it is missing or malformed.</summary>
    public static (DateTimeOffset Instant, string ZoneName) ReadDateTimeTimeZone(JsonNode? node, string property)
    {
        var dateTime = node?["dateTime"]?.GetValue<string>() ?? throw new FormatException($"{property}.dateTime is required.");
        var zoneName = node["timeZone"]?.GetValue<string>() ?? "UTC";
        TimeZoneInfo zone;
        try
        {
            zone = FindZone(zoneName);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new FormatException($"{property}.timeZone '{zoneName}' is not a time zone.");
        }

        var local = DateTime.SpecifyKind(DateTime.Parse(dateTime, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Unspecified);
        return (new DateTimeOffset(local, zone.GetUtcOffset(local)), zoneName);
    }

    public static JsonObject User(EmulatedUser user) => new()
    {
        ["id"] = user.Id,
        ["displayName"] = user.DisplayName,
        ["mail"] = user.Mail,
        ["userPrincipalName"] = user.UserPrincipalName,
    };

    public static JsonObject Event(EmulatedEvent e, EmulatedUser organizer, bool isOrganizer, TimeZoneInfo zone, string baseUrl) => new()
    {
        ["id"] = e.Id,
        ["createdDateTime"] = e.Created.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ["lastModifiedDateTime"] = e.LastModified.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ["subject"] = e.Subject,
        ["body"] = new JsonObject { ["contentType"] = e.BodyContentType, ["content"] = e.BodyContent ?? string.Empty },
        ["start"] = DateTimeTimeZone(e.Start, zone),
        ["end"] = DateTimeTimeZone(e.End, zone),
        ["location"] = new JsonObject { ["displayName"] = e.Location ?? string.Empty },
        ["showAs"] = e.ShowAs,
        ["isCancelled"] = e.IsCancelled,
        ["isOrganizer"] = isOrganizer,
        ["isOnlineMeeting"] = e.IsOnlineMeeting,
        ["onlineMeetingProvider"] = e.OnlineMeetingProvider ?? "unknown",
        ["onlineMeeting"] = e.JoinUrl is null ? null : new JsonObject { ["joinUrl"] = e.JoinUrl },
        ["transactionId"] = e.TransactionId,
        ["webLink"] = $"{baseUrl}/emulator/calendar/item/{e.Id}",
        ["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = organizer.DisplayName, ["address"] = organizer.Mail } },
        ["attendees"] = new JsonArray([.. e.Attendees.Select(a => (JsonNode)new JsonObject
        {
            ["type"] = a.Type,
            ["status"] = new JsonObject { ["response"] = "none", ["time"] = "0001-01-01T00:00:00Z" },
            ["emailAddress"] = new JsonObject { ["name"] = a.Name ?? a.Address, ["address"] = a.Address },
        })]),
    };

    public static IResult Error(int status, string code, string message) => Results.Json(
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);
}
