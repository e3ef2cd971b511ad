using VastbusBot.GraphIntegration.Scheduling;

namespace VastbusBot.GraphIntegration.Tests;

public class SwedishHolidaysTests
{
    [Theory]
    [InlineData(2008, 3, 23)] // early
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)] // latest possible date
    [InlineData(2285, 3, 22)] // earliest possible date
    public void EasterSunday_MatchesTheChurchCalendar(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), SwedishHolidays.EasterSunday(year));
    }

    [Fact]
    public void For2025_ListsTheMovableHolidaysOnTheirDates()
    {
        var days = SwedishHolidays.For(2025).ToDictionary(h => h.SwedishName, h => h.Date);

        Assert.Equal(new DateOnly(2025, 4, 18), days["Långfredagen"]);
        Assert.Equal(new DateOnly(2025, 4, 20), days["Påskdagen"]);
        Assert.Equal(new DateOnly(2025, 4, 21), days["Annandag påsk"]);
        Assert.Equal(new DateOnly(2025, 5, 29), days["Kristi himmelsfärdsdag"]);
        Assert.Equal(new DateOnly(2025, 6, 8), days["Pingstdagen"]);
        Assert.Equal(new DateOnly(2025, 6, 20), days["Midsommarafton"]);
        Assert.Equal(new DateOnly(2025, 6, 21), days["Midsommardagen"]);
        Assert.Equal(new DateOnly(2025, 11, 1), days["Alla helgons dag"]);
    }

    [Theory]
    [InlineData(2021, 6, 25)]
    [InlineData(2024, 6, 21)]
    [InlineData(2025, 6, 20)]
    [InlineData(2026, 6, 19)]
    [InlineData(2027, 6, 25)]
    public void Midsummer_EveIsTheFridayBeforeTheSaturdayBetween20And26June(int year, int month, int day)
    {
        var eve = new DateOnly(year, month, day);
        var holidays = SwedishHolidays.For(year);

        var midsummerEve = Assert.Single(holidays, h => h.SwedishName == "Midsommarafton");
        var midsummerDay = Assert.Single(holidays, h => h.SwedishName == "Midsommardagen");
        Assert.Equal(eve, midsummerEve.Date);
        Assert.False(midsummerEve.IsPublicHoliday);
        Assert.Equal(eve.AddDays(1), midsummerDay.Date);
        Assert.Equal(DayOfWeek.Saturday, midsummerDay.Date.DayOfWeek);
        Assert.InRange(midsummerDay.Date.Day, 20, 26);
    }

    [Theory]
    [InlineData(2024, 11, 2)]
    [InlineData(2025, 11, 1)]
    [InlineData(2026, 10, 31)]
    [InlineData(2027, 11, 6)]
    public void AllSaintsDay_IsTheSaturdayBetween31OctoberAnd6November(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Assert.Single(SwedishHolidays.For(year), h => h.SwedishName == "Alla helgons dag").Date);
    }

    [Theory]
    [InlineData(2025, 1, 1)]
    [InlineData(2025, 1, 6)]
    [InlineData(2025, 5, 1)]
    [InlineData(2025, 6, 6)] // national day, a Friday
    [InlineData(2025, 12, 24)] // christmas eve: de facto
    [InlineData(2025, 12, 26)]
    [InlineData(2025, 12, 31)] // new year's eve: de facto
    [InlineData(2008, 5, 1)] // May Day and Ascension Day on the same date
    public void IsDayOff_TrueForHolidaysAndDeFactoDaysOff(int year, int month, int day)
    {
        Assert.True(SwedishHolidays.IsDayOff(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2025, 6, 5)] // the day before the national day
    [InlineData(2025, 6, 23)] // the Monday after midsummer
    [InlineData(2025, 4, 22)] // the Tuesday after easter
    [InlineData(2025, 12, 23)]
    [InlineData(2025, 5, 30)] // the "klämdag" after ascension is a working day by law
    public void IsDayOff_FalseForOrdinaryWorkingDays(int year, int month, int day)
    {
        Assert.False(SwedishHolidays.IsDayOff(new DateOnly(year, month, day)));
    }

    [Fact]
    public void For_DistinguishesPublicHolidaysFromDeFactoDaysOff()
    {
        var holidays = SwedishHolidays.For(2026);

        Assert.Equal(
            ["Julafton", "Midsommarafton", "Nyårsafton", "Pingstafton", "Påskafton"],
            holidays.Where(h => !h.IsPublicHoliday).Select(h => h.SwedishName).Order(StringComparer.Ordinal));
        Assert.Equal(13, holidays.Count(h => h.IsPublicHoliday));
        Assert.Equal(holidays.OrderBy(h => h.Date).Select(h => h.Date), holidays.Select(h => h.Date));
    }

    [Fact]
    public void On_NamesTheHolidayInBothLanguages()
    {
        var holiday = SwedishHolidays.On(new DateOnly(2026, 6, 6));

        Assert.NotNull(holiday);
        Assert.Equal("Sveriges nationaldag", holiday.SwedishName);
        Assert.Equal("National Day of Sweden", holiday.EnglishName);
        Assert.Null(SwedishHolidays.On(new DateOnly(2026, 6, 8)));
    }
}
