using Microsoft.Extensions.Logging.Abstractions;
using VastbusBot.Features.Reminders;
using VastbusBot.Features.Reminders.Storage;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Reminders.Support;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Reminders;

[Collection(AzuriteCollection.Name)]
public sealed class ReminderClaimStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2027, 2, 15, 7, 0, 0, TimeSpan.Zero);
    private static readonly ReminderKey Key = new("tenant/1#", "aad-1", "group 1?", new DeadlineOccurrence(DeadlineKind.LocalAnnualReport, new DateOnly(2027, 3, 1)), 14);

    private readonly ReminderOptions _options = new() { ClaimTimeout = TimeSpan.FromMinutes(15), MaxSendAttempts = 2 };
    private readonly string _prefix = AzuriteTables.NewPrefix();

    private TableReminderClaimStore NewStore() => new(
        azurite.Tables(_prefix),
        new FixedOptions<ReminderOptions>(_options),
        NullLogger<TableReminderClaimStore>.Instance);

    [Fact]
    public async Task TheFirstClaimWins_ASecondIsRefused_AndASentReminderStaysSent()
    {
        var store = NewStore();
        var first = await store.TryClaimAsync(Key, "A", Now, CancellationToken.None);
        var second = await NewStore().TryClaimAsync(Key, "B", Now, CancellationToken.None);

        Assert.True(first.Acquired);
        Assert.False(second.Acquired);
        Assert.Equal(ClaimState.Claimed, second.State);

        await store.CompleteAsync(Key, first, ClaimState.Sent, "act-1", null, Now, CancellationToken.None);
        var later = await NewStore().TryClaimAsync(Key, "B", Now.AddDays(1), CancellationToken.None);
        Assert.False(later.Acquired);
        Assert.Equal(ClaimState.Sent, later.State);
    }

    [Fact]
    public async Task ManyInstancesClaimingAtOnce_ExactlyOneWins()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => NewStore().TryClaimAsync(Key, "I" + i, Now, CancellationToken.None)));

        Assert.Single(results, r => r.Acquired);
    }

    [Fact]
    public async Task ARetryableFailure_IsClaimedAgain_UntilTheAttemptLimit()
    {
        var store = NewStore();
        var first = await store.TryClaimAsync(Key, "A", Now, CancellationToken.None);
        await store.CompleteAsync(Key, first, ClaimState.FailedRetryable, null, "429", Now, CancellationToken.None);

        var second = await NewStore().TryClaimAsync(Key, "B", Now.AddMinutes(5), CancellationToken.None);
        Assert.True(second.Acquired);
        Assert.Equal(2, second.Attempt);
        await store.CompleteAsync(Key, second, ClaimState.FailedRetryable, null, "429", Now, CancellationToken.None);

        var third = await NewStore().TryClaimAsync(Key, "C", Now.AddMinutes(10), CancellationToken.None);
        Assert.False(third.Acquired);
        Assert.Equal(ClaimState.FailedFinal, await store.GetStateAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task AClaimThatNeverRecordedAnOutcome_IsAbandonedAfterTheTimeout_NotSentAgain()
    {
        var crashed = await NewStore().TryClaimAsync(Key, "A", Now, CancellationToken.None);
        Assert.True(crashed.Acquired);

        var early = await NewStore().TryClaimAsync(Key, "B", Now.AddMinutes(10), CancellationToken.None);
        var late = await NewStore().TryClaimAsync(Key, "B", Now.AddMinutes(16), CancellationToken.None);

        Assert.False(early.Acquired);
        Assert.Equal(ClaimState.Claimed, early.State);
        Assert.False(late.Acquired);
        Assert.Equal(ClaimState.Abandoned, late.State);
        Assert.Equal(ClaimState.Abandoned, await NewStore().GetStateAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task OffsetsRecipientsAndTenants_AreSeparateClaims()
    {
        var store = NewStore();
        Assert.True((await store.TryClaimAsync(Key, "A", Now, CancellationToken.None)).Acquired);
        Assert.True((await store.TryClaimAsync(Key with { OffsetDays = 3 }, "A", Now, CancellationToken.None)).Acquired);
        Assert.True((await store.TryClaimAsync(Key with { RecipientAadObjectId = "aad-2" }, "A", Now, CancellationToken.None)).Acquired);
        Assert.True((await store.TryClaimAsync(Key with { TenantId = "other" }, "A", Now, CancellationToken.None)).Acquired);
        Assert.True((await store.TryClaimAsync(Key with { Occurrence = new DeadlineOccurrence(DeadlineKind.LocalAnnualReport, new DateOnly(2028, 3, 1)) }, "A", Now, CancellationToken.None)).Acquired);
    }

    [Fact]
    public async Task Preferences_RoundTrip_AndAreListedPerTenant()
    {
        var tables = azurite.Tables(_prefix);
        var store = new TableReminderPreferenceStore(tables, TimeProvider.System);
        await store.SaveAsync("t1", "aad-1", new ReminderPreference(true, [14, 3], "Europe/London"), CancellationToken.None);
        await store.SaveAsync("t1", "aad-2", ReminderPreference.Default, CancellationToken.None);
        await store.SaveAsync("t2", "aad-3", ReminderPreference.Default, CancellationToken.None);

        var one = await store.GetAsync("t1", "aad-1", CancellationToken.None);
        var list = await store.ListAsync("t1", CancellationToken.None);

        Assert.NotNull(one);
        Assert.True(one.Paused);
        Assert.Equal([14, 3], one.OffsetsDays);
        Assert.Equal("Europe/London", one.TimeZone);
        Assert.Equal(["aad-1", "aad-2"], list.Keys.Order());
        Assert.Null(list["aad-2"].OffsetsDays);
        Assert.Null(await store.GetAsync("t2", "aad-1", CancellationToken.None));
    }
}
