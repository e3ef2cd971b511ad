using Microsoft.Extensions.Time.Testing;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Tests.Processing;

public sealed class DeduplicationTests
{
    private static Activity Message(string? id, string? conversationId = "a:1") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Conversation = conversationId is null ? null : new ConversationAccount { Id = conversationId },
    };

    [Fact]
    public async Task TryBeginAsync_SameActivityTwice_TrueThenFalse()
    {
        var deduplicator = new InMemoryActivityDeduplicator(new FakeTimeProvider());

        Assert.True(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));
        Assert.False(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));
    }

    [Fact]
    public async Task TryBeginAsync_SameIdOtherConversation_True()
    {
        var deduplicator = new InMemoryActivityDeduplicator(new FakeTimeProvider());

        Assert.True(await deduplicator.TryBeginAsync(Message("1", "a:1"), CancellationToken.None));
        Assert.True(await deduplicator.TryBeginAsync(Message("1", "a:2"), CancellationToken.None));
    }

    [Fact]
    public async Task TryBeginAsync_MissingIds_AlwaysTrue()
    {
        var deduplicator = new InMemoryActivityDeduplicator(new FakeTimeProvider());

        Assert.True(await deduplicator.TryBeginAsync(Message(null), CancellationToken.None));
        Assert.True(await deduplicator.TryBeginAsync(Message(null), CancellationToken.None));
        Assert.True(await deduplicator.TryBeginAsync(Message("1", null), CancellationToken.None));
        Assert.True(await deduplicator.TryBeginAsync(Message("1", null), CancellationToken.None));
    }

    [Fact]
    public async Task TryBeginAsync_AfterOneHour_SeenAgainAsNew()
    {
        var time = new FakeTimeProvider();
        var deduplicator = new InMemoryActivityDeduplicator(time);
        await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));
    }

    [Fact]
    public async Task Forget_ClaimedActivity_CountsAsNewAgain_OthersStayRemembered()
    {
        var deduplicator = new InMemoryActivityDeduplicator(new FakeTimeProvider(), capacity: 10, timeToLive: TimeSpan.FromMinutes(1));
        Assert.True(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));
        Assert.True(await deduplicator.TryBeginAsync(Message("2"), CancellationToken.None));

        deduplicator.Forget(Message("1"));
        deduplicator.Forget(Message(null)); // nothing to forget

        Assert.True(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));
        Assert.False(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));
        Assert.False(await deduplicator.TryBeginAsync(Message("2"), CancellationToken.None));
    }

    [Fact]
    public void ExpiringCache_Remove_TheKeyIsAddedAgain()
    {
        var cache = new ExpiringCache<int>(10, TimeSpan.FromHours(1), new FakeTimeProvider());
        cache.GetOrAdd("a", () => 1, out _);

        Assert.True(cache.Remove("a"));
        Assert.False(cache.Remove("a"));
        Assert.Equal(2, cache.GetOrAdd("a", () => 2, out var added));
        Assert.True(added);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void ExpiringCache_OverCapacity_OldestEvicted()
    {
        var cache = new ExpiringCache<int>(2, TimeSpan.FromHours(1), new FakeTimeProvider());
        cache.GetOrAdd("a", () => 1, out _);
        cache.GetOrAdd("b", () => 2, out _);

        cache.GetOrAdd("c", () => 3, out _);

        Assert.Equal(2, cache.Count);
        Assert.Equal(9, cache.GetOrAdd("a", () => 9, out var addedA));
        Assert.True(addedA);
        Assert.Equal(3, cache.GetOrAdd("c", () => 0, out var addedC));
        Assert.False(addedC);
    }

    [Fact]
    public void ExpiringCache_ExistingKey_FactoryNotCalled()
    {
        var cache = new ExpiringCache<int>(10, TimeSpan.FromHours(1), new FakeTimeProvider());
        cache.GetOrAdd("a", () => 1, out _);

        var value = cache.GetOrAdd("a", () => throw new InvalidOperationException("must not be called"), out var added);

        Assert.Equal(1, value);
        Assert.False(added);
    }
}
