using Microsoft.Extensions.Logging.Abstractions;
using VastbusBot.Features.Reminders;
using VastbusBot.Features.Reminders.Messaging;
using VastbusBot.Features.Reminders.Scheduling;
using VastbusBot.Features.Reminders.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Reminders.Support;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Reminders;

/// <summary>The scheduler end to end on Azurite: several instances, restarts, a stop mid-run, downtime.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReminderSchedulerTests(AzuriteFixture azurite)
{
    private const string T = SchedulerHarness.Tenant;
    private static readonly string[] Unsubmitted = ["chair-1", "chair-2", "chair-3"];
    private const string SubmittedChair = "chair-4";

    private SchedulerHarness NewHarness(DateTimeOffset start, int chairs = 3)
    {
        var h = new SchedulerHarness(azurite, start);
        for (var i = 1; i <= chairs; i++)
        {
            var aad = "chair-" + i;
            h.Obligations.AddChair(T, aad, "group-" + i);
            h.Messenger.Know(T, aad);
        }

        h.Obligations.AddChair(T, SubmittedChair, "group-4", submitted: true);
        h.Messenger.Know(T, SubmittedChair);
        return h;
    }

    [Fact]
    public async Task FourteenDaysBefore1March_TwoInstancesAndARestart_EachChairGetsExactlyOneCard_TheSubmittedOneNone()
    {
        await using var h = NewHarness(Stockholm.At(2027, 2, 15, 8, 5));

        var a = await h.StartInstanceAsync("A");
        var b = await h.StartInstanceAsync("B");
        await Task.WhenAll(a.NextCycleAsync(), b.NextCycleAsync());
        await h.TickAsync(a, b);
        await h.TickAsync(a, b);

        Assert.All(Unsubmitted, c => Assert.Equal(1, h.Messenger.CountFor(c)));
        Assert.Equal(0, h.Messenger.CountFor(SubmittedChair));
        Assert.True(a.EverLed ^ b.EverLed, "exactly one instance should have held the lease");

        // Restart the leader: the other instance (or the new one) takes over and sends nothing again.
        var (leader, other) = a.EverLed ? (a, b) : (b, a);
        await leader.StopAsync();
        var c = await h.StartInstanceAsync("C");
        await c.NextCycleAsync();
        await h.TickAsync(other, c);
        await h.TickAsync(other, c);

        Assert.True(other.EverLed || c.EverLed, "after the leader stopped, another instance should hold the lease");
        Assert.Equal(3, h.Messenger.Sent.Count);
        Assert.All(Unsubmitted, chair => Assert.Equal(1, h.Messenger.CountFor(chair)));

        var claims = h.NewClaimStore();
        foreach (var chair in Unsubmitted)
        {
            var key = new ReminderKey(T, chair, "group-" + chair[^1], new DeadlineOccurrence(DeadlineKind.LocalAnnualReport, new DateOnly(2027, 3, 1)), 14);
            Assert.Equal(ClaimState.Sent, await claims.GetStateAsync(key, CancellationToken.None));
        }
    }

    [Fact]
    public async Task AcrossTheWholeSeason_EachChairGetsOneCardPerOffset_AndNoneAfterSubmittingOrAfterTheDeadline()
    {
        await using var h = NewHarness(Stockholm.At(2027, 1, 30, 8, 1));
        var a = await h.StartInstanceAsync("A");
        var b = await h.StartInstanceAsync("B");
        await Task.WhenAll(a.NextCycleAsync(), b.NextCycleAsync());
        Assert.Equal(3, h.Messenger.Sent.Count); // the 30-day cards

        await h.JumpToAsync(Stockholm.At(2027, 2, 15, 8, 2), a, b);
        Assert.Equal(6, h.Messenger.Sent.Count); // the 14-day cards

        h.Obligations.Submit(T, DeadlineKind.LocalAnnualReport, "chair-2");
        await h.JumpToAsync(Stockholm.At(2027, 2, 26, 8, 2), a, b);
        await h.TickAsync(a, b);
        await h.JumpToAsync(Stockholm.At(2027, 3, 2, 8, 2), a, b);

        Assert.Equal(3, h.Messenger.CountFor("chair-1"));
        Assert.Equal(2, h.Messenger.CountFor("chair-2"));
        Assert.Equal(3, h.Messenger.CountFor("chair-3"));
        Assert.Equal(0, h.Messenger.CountFor(SubmittedChair));
    }

    [Fact]
    public async Task AnInstanceStoppedInTheMiddleOfARun_FinishesTheCardInFlight_AndAnotherInstanceSendsTheRest()
    {
        await using var h = NewHarness(Stockholm.At(2027, 2, 15, 8, 5), chairs: 5);
        var inSecondSend = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Messenger.DuringSend = async n =>
        {
            if (n == 2)
            {
                inSecondSend.SetResult();
                await release.Task;
            }
        };

        var a = await h.StartInstanceAsync("A");
        await inSecondSend.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var b = await h.StartInstanceAsync("B");
        Assert.False((await b.NextCycleAsync()).Leader);

        var stopping = a.StopAsync();
        release.SetResult();
        await stopping;
        Assert.Equal(2, h.Messenger.Sent.Count); // the first card and the one in flight; nothing after the stop

        await h.TickAsync(b);
        await h.TickAsync(b);

        Assert.True(b.EverLed);
        Assert.Equal(5, h.Messenger.Sent.Count);
        Assert.All(Enumerable.Range(1, 5), i => Assert.Equal(1, h.Messenger.CountFor("chair-" + i)));
    }

    [Fact]
    public async Task AfterDowntime_EachChairGetsOneLateCard_NotABurstOfTheMissedOnes()
    {
        await using var h = NewHarness(Stockholm.At(2027, 1, 20, 9, 0));
        var a = await h.StartInstanceAsync("A");
        await a.NextCycleAsync();
        await a.StopAsync();
        Assert.Empty(h.Messenger.Sent);

        // Down from 20 January until after the 3-day reminder: the 30, 14 and 3 day reminders were all missed.
        h.Time.SetUtcNow(Stockholm.At(2027, 2, 26, 10, 0));
        var b = await h.StartInstanceAsync("B");
        await b.NextCycleAsync();
        await h.TickAsync(b);

        Assert.All(Unsubmitted, c => Assert.Equal(1, h.Messenger.CountFor(c)));
        Assert.All(h.Messenger.Sent, s => Assert.Contains("3 dagar", SentCards.TextOf(s.Card), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AUserWhoRemovedTheApp_IsFinalForThatReminder_AndGetsNothingMore()
    {
        await using var h = NewHarness(Stockholm.At(2027, 2, 15, 8, 5));
        h.Messenger.FailWith("chair-1", ProactiveSendStatus.RecipientGone);
        var a = await h.StartInstanceAsync("A");
        await a.NextCycleAsync();
        await h.TickAsync(a);
        await h.JumpToAsync(Stockholm.At(2027, 2, 26, 8, 5), a);

        Assert.Equal(0, h.Messenger.CountFor("chair-1"));
        Assert.Equal(2, h.Messenger.CountFor("chair-2"));
        var key = new ReminderKey(T, "chair-1", "group-1", new DeadlineOccurrence(DeadlineKind.LocalAnnualReport, new DateOnly(2027, 3, 1)), 14);
        Assert.Equal(ClaimState.FailedFinal, await h.NewClaimStore().GetStateAsync(key, CancellationToken.None));
        Assert.Null(await h.NewClaimStore().GetStateAsync(key with { OffsetDays = 3 }, CancellationToken.None));
    }

    [Fact]
    public async Task AFailureBeforeSending_IsRetriedNextRun_UpToTheAttemptLimit()
    {
        await using var h = NewHarness(Stockholm.At(2027, 2, 15, 8, 5), chairs: 1);
        h.Messenger.FailWith("chair-1", ProactiveSendStatus.NotSent);
        var a = await h.StartInstanceAsync("A");
        await a.NextCycleAsync();
        await h.TickAsync(a);
        await h.TickAsync(a);
        await h.TickAsync(a);

        var key = new ReminderKey(T, "chair-1", "group-1", new DeadlineOccurrence(DeadlineKind.LocalAnnualReport, new DateOnly(2027, 3, 1)), 14);
        Assert.Equal(ClaimState.FailedFinal, await h.NewClaimStore().GetStateAsync(key, CancellationToken.None));
        Assert.Equal(3, a.Seen.Sum(c => c.Summary?.Failed ?? 0)); // MaxSendAttempts = 3
    }

    [Fact]
    public async Task AUserWithoutAChat_IsNotClaimed_AndGetsTheReminderLateOnceTheyOpenOne()
    {
        await using var h = NewHarness(Stockholm.At(2027, 2, 15, 8, 5), chairs: 1);
        h.Messenger.Forget(T, "chair-1");
        var a = await h.StartInstanceAsync("A");
        await a.NextCycleAsync();
        Assert.Equal(1, a.Seen[^1].Summary?.Unreachable);

        h.Messenger.Know(T, "chair-1", locale: "en-US");
        await h.JumpToAsync(Stockholm.At(2027, 2, 17, 12, 0), a);

        var card = Assert.Single(h.Messenger.Sent).Card;
        Assert.Contains("annual report", SentCards.TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APausedUser_GetsNothing_UntilTheyResume()
    {
        await using var h = NewHarness(Stockholm.At(2027, 2, 15, 8, 5), chairs: 2);
        await h.Preferences.SaveAsync(T, "chair-1", new ReminderPreference(true, null, null), CancellationToken.None);
        var a = await h.StartInstanceAsync("A");
        await a.NextCycleAsync();
        Assert.Equal(0, h.Messenger.CountFor("chair-1"));
        Assert.Equal(1, h.Messenger.CountFor("chair-2"));

        await h.Preferences.SaveAsync(T, "chair-1", ReminderPreference.Default, CancellationToken.None);
        await h.TickAsync(a);
        Assert.Equal(1, h.Messenger.CountFor("chair-1"));
    }

    [Fact]
    public async Task TheLease_IsTakenOverWhenItsHolderDies_AndAtOnceWhenItsHolderReleasesIt()
    {
        await using var h = NewHarness(Stockholm.At(2027, 2, 15, 8, 5));
        BlobLeaseLock NewLock() => new(
            ReminderServiceCollectionExtensions.CreateLeaseContainer(h.Storage, h.Options),
            "lease-test",
            TimeSpan.FromSeconds(15),
            h.Time,
            NullLogger<BlobLeaseLock>.Instance);
        var first = NewLock();
        var second = NewLock();

        var held = await first.TryAcquireAsync(CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(await second.TryAcquireAsync(CancellationToken.None));

        // The holder "dies": it never renews (the fake clock stands still) and never releases.
        ILeaseHandle? taken = null;
        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (taken is null)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), limit.Token);
                taken = await second.TryAcquireAsync(limit.Token);
            }
        }

        await held.DisposeAsync(); // releasing a lapsed lease fails quietly
        Assert.Null(await first.TryAcquireAsync(CancellationToken.None));
        await taken.DisposeAsync();
        var again = await first.TryAcquireAsync(CancellationToken.None);
        Assert.NotNull(again);
        await again.DisposeAsync();
    }
}
