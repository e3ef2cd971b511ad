namespace VastbusBot.Features.Records;

/// <summary>
/// Timestamps and "today" for records. Västbus groups work in Swedish time, so "today" (the latest allowed meeting
/// date) is the date in Europe/Stockholm, not in UTC.
/// </summary>
public sealed class RecordClock(TimeProvider time)
{
    private static readonly TimeZoneInfo Stockholm = FindStockholm();

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Stockholm).DateTime);

    /// <summary>
    /// The earliest date a meeting or deviation may have: 1 January two years back. Annual reports cover the
    /// previous year, so this leaves room for late entries while catching a mistyped year.
    /// </summary>
    public static DateOnly EarliestRecordDate(DateOnly today) => new(today.Year - 2, 1, 1);

    private static TimeZoneInfo FindStockholm()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc; // a container without tzdata; dates at most one day off around midnight
        }
    }
}

/// <summary>Who did something, and when.</summary>
public sealed record Stamp(string AadObjectId, string? Name, DateTimeOffset At);
