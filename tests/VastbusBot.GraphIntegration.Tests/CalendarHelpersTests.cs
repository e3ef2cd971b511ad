using Microsoft.Graph.Models;
using VastbusBot.GraphIntegration.Calendar;

namespace VastbusBot.GraphIntegration.Tests;

public class CalendarHelpersTests
{
    [Fact]
    public void TransactionIds_AreStablePerBookingAndDifferBetweenBookings()
    {
        var first = TransactionIds.For("conversation-1", "proposal-7", "2025-09-11T09:00+02:00");

        Assert.Equal(first, TransactionIds.For("conversation-1", "proposal-7", "2025-09-11T09:00+02:00"));
        Assert.NotEqual(first, TransactionIds.For("conversation-1", "proposal-7", "2025-09-12T09:00+02:00"));
        Assert.NotEqual(TransactionIds.For("ab", "c"), TransactionIds.For("a", "bc"));
        Assert.True(Guid.TryParse(first, out _));
    }

    [Fact]
    public void GraphTime_WritesStockholmTimesWithTheWindowsZoneName()
    {
        var summer = GraphTime.ToGraph(Stockholm.Utc(2025, 3, 31, 8), Stockholm.Zone);
        var winter = GraphTime.ToGraph(Stockholm.Utc(2025, 3, 28, 8), Stockholm.Zone);

        Assert.Equal(("2025-03-31T10:00:00", "W. Europe Standard Time"), (summer.DateTime, summer.TimeZone));
        Assert.Equal("2025-03-28T09:00:00", winter.DateTime);
    }

    [Theory]
    [InlineData("2025-10-27T08:00:00.0000000", "UTC", 9)]
    [InlineData("2025-10-24T09:00:00.0000000", "W. Europe Standard Time", 9)]
    [InlineData("2025-10-24T09:00:00", "Europe/Stockholm", 9)]
    [InlineData("2025-10-24T03:00:00.0000000", "Eastern Standard Time", 9)]
    public void GraphTime_ReadsAnyZoneIntoStockholmTime(string dateTime, string zone, int expectedLocalHour)
    {
        var instant = GraphTime.FromGraph(new DateTimeTimeZone { DateTime = dateTime, TimeZone = zone }, Stockholm.Zone);

        Assert.Equal(expectedLocalHour, instant.Hour);
        Assert.Equal(Stockholm.Zone.GetUtcOffset(instant), instant.Offset);
    }

    [Fact]
    public void GraphMessages_AreSwedishByDefaultAndEnglishOnRequest()
    {
        Assert.Equal("The calendar service is busy right now. Please try again in a moment.", GraphMessages.For(GraphOutcome.Unavailable, english: true));
        Assert.StartsWith("Boten har inte behörighet", GraphMessages.For(GraphOutcome.Forbidden), StringComparison.Ordinal);
        Assert.All(Enum.GetValues<GraphOutcome>(), o => Assert.NotEqual(GraphMessages.For(o), GraphMessages.For(o, english: true)));
    }

    [Fact]
    public void GraphResult_FailureCannotPretendToBeSuccess()
    {
        Assert.Throws<ArgumentException>(() => GraphResult<int>.Fail(GraphOutcome.Success));
        var busy = GraphResult<int>.Fail(GraphOutcome.Busy, "HTTP 429", TimeSpan.FromSeconds(3)).As<string>();
        Assert.Equal((GraphOutcome.Busy, "HTTP 429", TimeSpan.FromSeconds(3)), (busy.Outcome, busy.Detail, busy.RetryAfter));
        Assert.Throws<InvalidOperationException>(() => GraphResult<int>.Ok(1).As<string>());
    }
}
