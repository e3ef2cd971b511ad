using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Insights;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.GuidelineAnswers;

[Collection(AzuriteCollection.Name)]
public sealed class GuidelineInsightsStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private TableGuidelineInsightsStore NewStore() => new(azurite.Tables(AzuriteTables.NewPrefix()));

    private static UnansweredQuestion Asked(string question, string tenant = "t1", int daysAgo = 0, string? delivery = null) =>
        new(tenant, question, UiLanguage.Swedish, delivery ?? Guid.NewGuid().ToString(), Now.AddDays(-daysAgo));

    [Fact]
    public async Task Unanswered_GroupsTheSameQuestion_CountsWithinTheWindow_AndStaysInTheTenant()
    {
        var store = NewStore();
        await store.RecordUnansweredAsync(Asked("När går bussen?"), CancellationToken.None);
        await store.RecordUnansweredAsync(Asked("när går  bussen"), CancellationToken.None);
        await store.RecordUnansweredAsync(Asked("När går bussen?", daysAgo: 200), CancellationToken.None);
        await store.RecordUnansweredAsync(Asked("Vad kostar parkering?", daysAgo: 1), CancellationToken.None);
        await store.RecordUnansweredAsync(Asked("När går bussen?", tenant: "t2"), CancellationToken.None);

        var top = await store.TopUnansweredAsync("t1", Now.AddDays(-90), 10, CancellationToken.None);

        Assert.Equal(2, top.Count);
        Assert.Equal(2, top[0].Count);
        Assert.Equal("när går bussen", top[0].Question.ToLowerInvariant().TrimEnd('?').Replace("  ", " ", StringComparison.Ordinal));
        Assert.Equal(("Vad kostar parkering?", 1), (top[1].Question, top[1].Count));
    }

    [Fact]
    public async Task Unanswered_RedeliveredActivity_IsStoredOnce_AndIdentifiersAreRemoved()
    {
        var store = NewStore();
        var question = Asked("vad gäller för 20121212-1212?", delivery: "activity-1");

        await store.RecordUnansweredAsync(question, CancellationToken.None);
        await store.RecordUnansweredAsync(question, CancellationToken.None);

        var top = await store.TopUnansweredAsync("t1", Now.AddDays(-1), 10, CancellationToken.None);
        var only = Assert.Single(top);
        Assert.Equal(1, only.Count);
        Assert.DoesNotContain("1212", only.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_OneRatingPerUserAndCard_UnhelpfulListedWithSampleQuestions()
    {
        var store = NewStore();
        AnswerFeedback Rate(string entry, string user, string card, bool helpful, string q = "fråga") =>
            new("t1", entry, user, card, helpful, q, UiLanguage.Swedish, Now);

        await store.RecordFeedbackAsync(Rate("sip", "u1", "c1", helpful: true), CancellationToken.None);
        await store.RecordFeedbackAsync(Rate("sip", "u1", "c1", helpful: false, q: "vad är sip"), CancellationToken.None); // changed mind
        await store.RecordFeedbackAsync(Rate("sip", "u2", "c2", helpful: false, q: "vem kallar till sip"), CancellationToken.None);
        await store.RecordFeedbackAsync(Rate("consent", "u1", "c3", helpful: false), CancellationToken.None);
        await store.RecordFeedbackAsync(Rate("consent", "u2", "c4", helpful: true), CancellationToken.None);
        await store.RecordFeedbackAsync(Rate("deadlines", "u3", "c5", helpful: true), CancellationToken.None);
        await store.RecordFeedbackAsync(new AnswerFeedback("t2", "sip", "u9", "c9", false, "x", UiLanguage.Swedish, Now), CancellationToken.None);

        var top = await store.TopUnhelpfulAsync("t1", Now.AddDays(-1), 10, CancellationToken.None);

        Assert.Equal(["sip", "consent"], top.Select(t => t.EntryId));
        Assert.Equal((2, 0), (top[0].Unhelpful, top[0].Helpful));
        Assert.Equal(["vad är sip", "vem kallar till sip"], top[0].SampleQuestions.Order(StringComparer.Ordinal));
        Assert.Equal((1, 1), (top[1].Unhelpful, top[1].Helpful));
    }
}
