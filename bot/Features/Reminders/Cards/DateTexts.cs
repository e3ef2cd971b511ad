using System.Globalization;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Reminders.Cards;

/// <summary>
/// Dates as people write them: "1 mars 2027" and "1 March 2027". Month names are spelled out here rather than taken
/// from ICU cultures, so the text is the same on every host.
/// </summary>
public static class DateTexts
{
    private static readonly string[] SwedishMonths =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Long(DateOnly date, UiLanguage language) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Month(date.Month, language)} {date.Year}");

    /// <summary>Day and month only ("15 februari"), for dates within the year in view.</summary>
    public static string DayMonth(DateOnly date, UiLanguage language) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Month(date.Month, language)}");

    public static string Month(int month, UiLanguage language) =>
        (language == UiLanguage.English ? EnglishMonths : SwedishMonths)[month - 1];

    /// <summary>"i dag", "1 dag", "14 dagar" / "today", "1 day", "14 days".</summary>
    public static string DaysLeft(int days, UiLanguage language) => (days, language) switch
    {
        (<= 0, UiLanguage.English) => "today",
        (<= 0, _) => "i dag",
        (1, UiLanguage.English) => "1 day",
        (1, _) => "1 dag",
        (_, UiLanguage.English) => string.Create(CultureInfo.InvariantCulture, $"{days} days"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{days} dagar"),
    };
}
