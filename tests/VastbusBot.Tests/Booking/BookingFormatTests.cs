using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Booking;

namespace VastbusBot.Tests.Booking;

public sealed class BookingFormatTests
{
    private static readonly TimeZoneInfo Stockholm = BookingSamples.Stockholm;

    [Theory]
    [InlineData(UiLanguage.Swedish, "tisdag 15 september 2026, 12:00–14:00")]
    [InlineData(UiLanguage.English, "Tuesday 15 September 2026, 12:00–14:00")]
    public void When_IsLocalStockholmTime_InTheLanguagesDateFormat(UiLanguage language, string expected)
    {
        var start = new DateTimeOffset(2026, 9, 15, 10, 0, 0, TimeSpan.Zero); // CEST, UTC+2

        Assert.Equal(expected, BookingFormat.When(start, start.AddHours(2), Stockholm, language));
    }

    [Fact]
    public void When_FollowsTheClockChange_AtTheEndOfOctober()
    {
        // 09:00 local is 07:00 UTC on Friday 23 October 2026 (summer time) and 08:00 UTC on Monday 26 October (winter time).
        Assert.Equal("fredag 23 oktober 2026, 09:00–11:00", BookingFormat.When(new DateTimeOffset(2026, 10, 23, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 23, 9, 0, 0, TimeSpan.Zero), Stockholm, UiLanguage.Swedish));
        Assert.Equal("måndag 26 oktober 2026, 09:00–11:00", BookingFormat.When(new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 26, 10, 0, 0, TimeSpan.Zero), Stockholm, UiLanguage.Swedish));
    }

    [Theory]
    [InlineData(60, UiLanguage.Swedish, "1 tim")]
    [InlineData(90, UiLanguage.Swedish, "1,5 tim")]
    [InlineData(150, UiLanguage.English, "2.5 h")]
    public void Duration_IsWrittenTheLanguagesWay(int minutes, UiLanguage language, string expected) =>
        Assert.Equal(expected, BookingFormat.Duration(minutes, language));

    [Theory]
    [InlineData("Anna Lindqvist", UiLanguage.Swedish, "Anna Lindqvists")]
    [InlineData("Lars", UiLanguage.Swedish, "Lars")]
    [InlineData("Anna Lindqvist", UiLanguage.English, "Anna Lindqvist's")]
    public void Genitive_FollowsTheLanguage(string name, UiLanguage language, string expected) =>
        Assert.Equal(expected, BookingFormat.Genitive(name, language));
}
