using System.Globalization;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Booking;

/// <summary>Dates and times on the booking cards: Swedish formatting in Swedish, British in English, Stockholm time.</summary>
public static class BookingFormat
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(UiLanguage language) => language == UiLanguage.English ? English : Swedish;

    /// <summary>"tisdag 14 oktober 2025, 09:00–11:00" / "Tuesday 14 October 2025, 09:00–11:00".</summary>
    public static string When(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone, UiLanguage language)
    {
        var culture = Culture(language);
        var s = TimeZoneInfo.ConvertTime(start, zone);
        var e = TimeZoneInfo.ConvertTime(end, zone);
        return $"{s.ToString("dddd d MMMM yyyy", culture)}, {Clock(s)}–{Clock(e)}";
    }

    /// <summary>Both languages of <see cref="When"/>, for texts built with <c>With</c>.</summary>
    public static LocalizedText When(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone) =>
        new(When(start, end, zone, UiLanguage.Swedish), When(start, end, zone, UiLanguage.English));

    /// <summary>"tisdag 14 oktober 09:00", for a button.</summary>
    public static string Short(DateTimeOffset start, TimeZoneInfo zone, UiLanguage language)
    {
        var culture = Culture(language);
        var s = TimeZoneInfo.ConvertTime(start, zone);
        return $"{s.ToString("dddd d MMMM", culture)} {Clock(s)}";
    }

    /// <summary>"14 oktober 2025 – 10 november 2025".</summary>
    public static string Period(DateOnly from, DateOnly to, UiLanguage language)
    {
        var culture = Culture(language);
        return $"{from.ToString("d MMMM yyyy", culture)} – {to.ToString("d MMMM yyyy", culture)}";
    }

    /// <summary>"2 tim", "1,5 tim" / "2 h", "1.5 h".</summary>
    public static string Duration(int minutes, UiLanguage language)
    {
        var hours = minutes / 60;
        return minutes % 60 == 0
            ? BookingTexts.Hours.Format(language, hours)
            : BookingTexts.HoursAndHalf.Format(language, hours);
    }

    /// <summary>"09:00": a colon whatever the culture's time separator.</summary>
    private static string Clock(DateTimeOffset time) => time.ToString("HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>"Anna Lindqvists" / "Anna Lindqvist's" (a name ending in s, x or z takes no extra s in Swedish).</summary>
    public static string Genitive(string name, UiLanguage language)
    {
        if (language == UiLanguage.English)
        {
            return name + "'s";
        }

        return name.EndsWith('s') || name.EndsWith('x') || name.EndsWith('z') ? name : name + "s";
    }
}
