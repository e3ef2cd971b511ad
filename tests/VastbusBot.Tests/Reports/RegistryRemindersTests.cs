using VastbusBot.Features.Reports.Integration;
using VastbusBot.Testing;
using VastbusBot.Tests.Reminders.Support;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Reports;

/// <summary>The scenario with the real obligations: the registry's chairs and the submitted-reports store.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RegistryRemindersTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FourteenDaysBefore1March_EachChairWithoutASubmittedReportGetsExactlyOneCard_TheSubmittedNone()
    {
        await using var records = ReportsHarness.Create(azurite);
        var chairs = Enumerable.Range(1, 4).Select(i => ReportsHarness.User(i)).ToArray();
        string[] groups = ["boras", "ulricehamn", "mark", "tranemo"];
        for (var i = 0; i < chairs.Length; i++)
        {
            await records.SetUpGroupAsync(groups[i], chairs[i]);
        }

        var submittedChair = chairs[3];
        Assert.NotNull((await records.Workflow.SubmitAnnualAsync(
            ReportsHarness.Tenant, submittedChair.AadObjectId, 2026, "tranemo", new AnnualReportCorrections(null, null, null), null, CancellationToken.None)).Value);

        await using var h = new SchedulerHarness(azurite, Stockholm.At(2027, 2, 15, 8, 5), o => o.TenantIds.Add(ReportsHarness.Tenant))
        {
            ObligationSource = records.Obligations,
        };
        foreach (var chair in chairs)
        {
            h.Messenger.Know(ReportsHarness.Tenant, chair.AadObjectId);
        }

        var a = await h.StartInstanceAsync("A");
        var b = await h.StartInstanceAsync("B");
        await Task.WhenAll(a.NextCycleAsync(), b.NextCycleAsync());
        await h.TickAsync(a, b);

        var (leader, other) = a.EverLed ? (a, b) : (b, a);
        await leader.StopAsync();
        var c = await h.StartInstanceAsync("C");
        await c.NextCycleAsync();
        await h.TickAsync(other, c);
        await h.TickAsync(other, c);

        Assert.All(chairs.Take(3), chair => Assert.Equal(1, h.Messenger.CountFor(chair.AadObjectId)));
        Assert.Equal(0, h.Messenger.CountFor(submittedChair.AadObjectId));
        Assert.Equal(3, h.Messenger.Sent.Count);
        Assert.All(h.Messenger.Sent, s => Assert.Contains("2026", SentCards.TextOf(s.Card), StringComparison.Ordinal));
    }
}
