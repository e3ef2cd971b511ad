using System.Globalization;
using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;

namespace VastbusBot.Features.Records.Cards;

/// <summary>How records show dates, times, people and groups on cards.</summary>
public static class RecordDisplay
{
    private static readonly TimeZoneInfo Stockholm = FindStockholm();

    private static readonly LocalizedText ByAt = new("{0}, {1}", "{0}, {1}");

    public static string Date(DateOnly date) => CardValues.Date(date);

    /// <summary>A moment as Swedish local time, <c>yyyy-MM-dd HH:mm</c>.</summary>
    public static string LocalTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Stockholm).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Anna Lindqvist, 2025-06-15 10:00" (or just the time when the name is unknown).</summary>
    public static string Stamp(Stamp stamp, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        return string.IsNullOrWhiteSpace(stamp.Name) ? LocalTime(stamp.At) : ByAt.Format(language, stamp.Name, LocalTime(stamp.At));
    }

    /// <summary>The short name of a group for choices and lists: "Borås", or "Västra Hisingen (Göteborg)".</summary>
    public static string ShortName(LocalGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.District is null ? group.MunicipalityName : $"{group.District} ({group.MunicipalityName})";
    }

    /// <summary>One choice per group, sorted by name.</summary>
    public static IEnumerable<Choice> GroupChoices(IEnumerable<LocalGroup> groups) =>
        CardKit.SortedSwedish(groups.Select(g => new Choice(ShortName(g), g.Id)));

    private static TimeZoneInfo FindStockholm()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
