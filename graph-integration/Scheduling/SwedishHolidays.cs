namespace VastbusBot.GraphIntegration.Scheduling;

/// <summary>
/// Swedish public holidays (allmänna helgdagar, Lag 1989:253) and the days that are off in practice for
/// municipalities and regions (midsummer eve, christmas eve, new year's eve; easter and whitsun eve fall on a
/// Saturday anyway). Computed, not listed, so any year works.
/// </summary>
public static class SwedishHolidays
{
    /// <summary>All public holidays and de facto days off in <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<Holiday> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var easter = EasterSunday(year);
        var midsummerDay = FirstSaturdayFrom(new DateOnly(year, 6, 20));
        var allSaintsDay = FirstSaturdayFrom(new DateOnly(year, 10, 31));
        List<Holiday> days =
        [
            new(new DateOnly(year, 1, 1), "Nyårsdagen", "New Year's Day", true),
            new(new DateOnly(year, 1, 6), "Trettondedag jul", "Epiphany", true),
            new(easter.AddDays(-2), "Långfredagen", "Good Friday", true),
            new(easter.AddDays(-1), "Påskafton", "Easter Eve", false),
            new(easter, "Påskdagen", "Easter Sunday", true),
            new(easter.AddDays(1), "Annandag påsk", "Easter Monday", true),
            new(new DateOnly(year, 5, 1), "Första maj", "May Day", true),
            new(easter.AddDays(39), "Kristi himmelsfärdsdag", "Ascension Day", true),
            new(easter.AddDays(48), "Pingstafton", "Whitsun Eve", false),
            new(easter.AddDays(49), "Pingstdagen", "Whit Sunday", true),
            new(new DateOnly(year, 6, 6), "Sveriges nationaldag", "National Day of Sweden", true),
            new(midsummerDay.AddDays(-1), "Midsommarafton", "Midsummer Eve", false),
            new(midsummerDay, "Midsommardagen", "Midsummer Day", true),
            new(allSaintsDay, "Alla helgons dag", "All Saints' Day", true),
            new(new DateOnly(year, 12, 24), "Julafton", "Christmas Eve", false),
            new(new DateOnly(year, 12, 25), "Juldagen", "Christmas Day", true),
            new(new DateOnly(year, 12, 26), "Annandag jul", "Boxing Day", true),
            new(new DateOnly(year, 12, 31), "Nyårsafton", "New Year's Eve", false),
        ];
        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        return days;
    }

    /// <summary>The holiday or de facto day off on <paramref name="date"/>, or null for an ordinary day.</summary>
    public static Holiday? On(DateOnly date) => For(date.Year).FirstOrDefault(h => h.Date == date);

    /// <summary>True when nobody should be booked on <paramref name="date"/> because of a holiday (weekends aside).</summary>
    public static bool IsDayOff(DateOnly date) => On(date) is not null;

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly FirstSaturdayFrom(DateOnly date)
    {
        var offset = ((int)DayOfWeek.Saturday - (int)date.DayOfWeek + 7) % 7;
        return date.AddDays(offset);
    }
}
