using System.Globalization;

namespace VastbusBot.Cards;

/// <summary>Formats values the way date and time inputs expect and submit them.</summary>
public static class CardValues
{
    /// <summary>"yyyy-MM-dd", for <see cref="InputDate"/>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"HH:mm", for <see cref="InputTime"/>.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
