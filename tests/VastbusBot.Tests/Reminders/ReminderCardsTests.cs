using System.Text.Json;
using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Reminders;
using VastbusBot.Features.Reminders.Cards;
using VastbusBot.Features.Reports;
using VastbusBot.Testing;
using VastbusBot.Tests.Reminders.Support;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Reminders;

public sealed class ReminderCardsTests
{
    private static DueReminder Due(DeadlineKind kind, DateOnly date, int offset, ObligationRole role = ObligationRole.LocalChair) => new(
        "t",
        new DeadlineOccurrence(kind, date),
        new ReportObligation("aad", "group-7", "Västbusgruppen i Lysekil", role, false),
        offset,
        Stockholm.At(date.Year, date.Month, date.Day).AddDays(-offset),
        Stockholm.At(date.Year, date.Month, date.Day).AddDays(1),
        false);

    private static readonly DueReminder Annual = Due(DeadlineKind.LocalAnnualReport, new DateOnly(2027, 3, 1), 14);

    /// <summary>Every card of the feature, both languages, in the states the user can reach.</summary>
    private static IEnumerable<(string Name, AdaptiveCard Card)> AllCards()
    {
        var item = new ReminderOverviewItem(Annual.Occurrence, Annual.Obligation, [new DateOnly(2027, 2, 15), new DateOnly(2027, 2, 26)]);
        var submitted = item with { Obligation = item.Obligation with { Submitted = true }, ReminderDates = [] };
        var gathering = new ReminderOverviewItem(new DeadlineOccurrence(DeadlineKind.ChairsGathering, new DateOnly(2027, 4, 15)), Annual.Obligation with { Role = ObligationRole.DelregionalCoordinator }, []);
        var full = new ReminderOverview(false, [30, 14, 3], false, [30, 14, 3], 90, [item, submitted, gathering, .. Enumerable.Repeat(item, 10)]);
        var paused = full with { Paused = true, OwnOffsets = true, OffsetsDays = [7] };
        var empty = new ReminderOverview(false, [30, 14, 3], false, [30, 14, 3], 90, []);
        var now = Stockholm.At(2027, 2, 15, 8, 0);
        foreach (var language in Enum.GetValues<UiLanguage>())
        {
            yield return ($"annual-{language}", ReminderCards.Reminder(Annual, language, now, Stockholm.Zone));
            yield return ($"summary-{language}", ReminderCards.Reminder(Due(DeadlineKind.DelregionalSummary, new DateOnly(2027, 6, 1), 30, ObligationRole.DelregionalCoordinator), language, now, Stockholm.Zone));
            yield return ($"gathering-{language}", ReminderCards.Reminder(Due(DeadlineKind.ChairsGathering, new DateOnly(2027, 4, 15), 3, ObligationRole.DelregionalCoordinator), language, now, Stockholm.Zone));
            yield return ($"overview-{language}", ReminderCards.Overview(full, language));
            yield return ($"overview-paused-{language}", ReminderCards.Overview(paused, language, "notice"));
            yield return ($"overview-error-{language}", ReminderCards.Overview(empty, language, new string('x', 300), noticeIsError: true, typedOffsets: "abc"));
        }
    }

    [Fact]
    public async Task EveryReminderCard_ParsesInNpmAdaptiveCards_FitsTheBudget_AndHasFallbackText()
    {
        var cards = AllCards().ToDictionary(c => c.Name, c => c.Card);

        var issues = await AdaptiveCardValidator.ValidateAsync(cards.ToDictionary(c => c.Key, c => CardJson.Serialize(c.Value)));

        Assert.All(issues, pair => Assert.True(pair.Value.Count == 0, $"{pair.Key}: {string.Join("; ", pair.Value)}"));
        Assert.All(cards, c => Assert.True(CardBudget.MeasureBytes(c.Value) <= CardBudget.MaxBytes, c.Key));
        Assert.All(cards, c => Assert.False(string.IsNullOrWhiteSpace(c.Value.FallbackText), c.Key));
    }

    [Fact]
    public void TheReminderCard_IsInTheRecipientsLanguage_WithTheDeadlineDateSpelledOut()
    {
        var now = Stockholm.At(2027, 2, 15, 8, 0);

        var sv = SentCards.TextOf(ReminderCards.Reminder(Annual, UiLanguage.Swedish, now, Stockholm.Zone));
        var en = SentCards.TextOf(ReminderCards.Reminder(Annual, UiLanguage.English, now, Stockholm.Zone));

        Assert.Contains("senast 1 mars 2027", sv, StringComparison.Ordinal);
        Assert.Contains("årsberättelse för 2026", sv, StringComparison.Ordinal);
        Assert.Contains("14 dagar", sv, StringComparison.Ordinal);
        Assert.Contains("by 1 March 2027", en, StringComparison.Ordinal);
        Assert.Contains("14 days", en, StringComparison.Ordinal);
        Assert.Contains("Västbusgruppen i Lysekil", en, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOpenButton_IsAnExecuteWithTheReportVerb_CarryingKindYearAndGroup()
    {
        var card = ReminderCards.Reminder(Annual, UiLanguage.Swedish, Stockholm.At(2027, 2, 15, 8, 0), Stockholm.Zone);

        var open = Assert.IsType<ExecuteAction>(card.Actions![0]);
        Assert.Equal(ReportActions.OpenVerb, open.Verb);
        var data = JsonSerializer.SerializeToElement(open.Data);
        Assert.Equal("local-annual-report", data.GetProperty("kind").GetString());
        Assert.Equal(2026, data.GetProperty("year").GetInt32());
        Assert.Equal("group-7", data.GetProperty("unitId").GetString());
        Assert.Equal("2027-03-01", data.GetProperty("deadline").GetString());
        Assert.Equal("sv", data.GetProperty("lang").GetString());
        Assert.IsType<SubmitAction>(open.Fallback);
    }

    [Theory]
    [InlineData(0, "i dag", "today")]
    [InlineData(1, "1 dag", "1 day")]
    [InlineData(30, "30 dagar", "30 days")]
    public void DaysLeft_ReadNaturally(int days, string sv, string en)
    {
        Assert.Equal(sv, DateTexts.DaysLeft(days, UiLanguage.Swedish));
        Assert.Equal(en, DateTexts.DaysLeft(days, UiLanguage.English));
    }

    [Fact]
    public void Dates_AreSpelledTheSameOnEveryHost()
    {
        Assert.Equal("1 juni 2027", DateTexts.Long(new DateOnly(2027, 6, 1), UiLanguage.Swedish));
        Assert.Equal("15 April 2027", DateTexts.Long(new DateOnly(2027, 4, 15), UiLanguage.English));
    }
}
