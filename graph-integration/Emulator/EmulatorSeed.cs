using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VastbusBot.GraphEmulator;

/// <summary>
/// The emulator's starting data: users, one-off events (absolute times) and weekly busy blocks (local times in
/// <see cref="TimeZone"/>, so a seed stays useful whatever the date). JSON, camelCase; see seed.development.json.
/// </summary>
internal sealed class EmulatorSeed
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public string TimeZone { get; set; } = "Europe/Stockholm";

    public List<SeedUser> Users { get; set; } = [];

    public List<SeedEvent> Events { get; set; } = [];

    public List<SeedWeeklyBusy> WeeklyBusy { get; set; } = [];

    public static EmulatorSeed Load(string path) =>
        JsonSerializer.Deserialize<EmulatorSeed>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is empty.");

    internal static TimeOnly ParseTime(string value) => TimeOnly.Parse(value, CultureInfo.InvariantCulture);
}

internal sealed class SeedUser
{
    /// <summary>The object id; a stable one is derived from the address when missing.</summary>
    public string? Id { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    public string Mail { get; set; } = string.Empty;

    public string? UserPrincipalName { get; set; }
}

internal sealed class SeedEvent
{
    /// <summary>Organizer's id or address.</summary>
    public string Organizer { get; set; } = string.Empty;

    public string? Subject { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public string ShowAs { get; set; } = "busy";

    public List<string> Attendees { get; set; } = [];
}

internal sealed class SeedWeeklyBusy
{
    /// <summary>The user's id or address.</summary>
    public string User { get; set; } = string.Empty;

    public List<DayOfWeek> Days { get; set; } = [];

    /// <summary>Local start, "HH:mm".</summary>
    public string Start { get; set; } = "09:00";

    public string End { get; set; } = "10:00";

    public string? Subject { get; set; }

    public string ShowAs { get; set; } = "busy";
}
