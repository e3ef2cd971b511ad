using Microsoft.Extensions.Time.Testing;
using Moq;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Tests.Processing;

public sealed class CachingActivityDeduplicatorTests
{
    private readonly Mock<IActivityDeduplicator> _durable = new(MockBehavior.Strict);
    private readonly FakeTimeProvider _time = new();

    private static Activity Message(string? id, string? conversationId = "a:1") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Conversation = conversationId is null ? null : new ConversationAccount { Id = conversationId },
    };

    private void DurableAnswers(params bool[] verdicts)
    {
        var sequence = _durable.SetupSequence(d => d.TryBeginAsync(It.IsAny<Activity>(), It.IsAny<CancellationToken>()));
        foreach (var verdict in verdicts)
        {
            sequence = sequence.ReturnsAsync(verdict);
        }
    }

    [Fact]
    public async Task Redelivery_ToTheSameInstance_IsADuplicate_WithoutAskingTheDurableStore()
    {
        DurableAnswers(true);
        var deduplicator = new CachingActivityDeduplicator(_durable.Object, _time);

        Assert.True(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));
        Assert.False(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));
        Assert.False(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));

        _durable.Verify(d => d.TryBeginAsync(It.IsAny<Activity>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task FirstSighting_IsDecidedByTheDurableStore_AndItsDuplicateVerdictIsRemembered()
    {
        // Another instance processed it: the table says duplicate, and a further redelivery is answered locally.
        DurableAnswers(false);
        var deduplicator = new CachingActivityDeduplicator(_durable.Object, _time);

        Assert.False(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));
        Assert.False(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));

        _durable.Verify(d => d.TryBeginAsync(It.IsAny<Activity>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DurableStoreFails_NothingIsRemembered_SoTheRetryAsksAgain()
    {
        _durable.SetupSequence(d => d.TryBeginAsync(It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("storage down"))
            .ReturnsAsync(true);
        var deduplicator = new CachingActivityDeduplicator(_durable.Object, _time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => deduplicator.TryBeginAsync(Message("1"), CancellationToken.None).AsTask());
        Assert.True(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None));
    }

    [Fact]
    public async Task SameIdInAnotherConversation_IsNotADuplicate()
    {
        DurableAnswers(true, true);
        var deduplicator = new CachingActivityDeduplicator(_durable.Object, _time);

        Assert.True(await deduplicator.TryBeginAsync(Message("1", "a:1"), CancellationToken.None));
        Assert.True(await deduplicator.TryBeginAsync(Message("1", "a:2"), CancellationToken.None));
    }

    [Fact]
    public async Task ActivityWithoutIds_AlwaysGoesToTheDurableStore()
    {
        DurableAnswers(true, true);
        var deduplicator = new CachingActivityDeduplicator(_durable.Object, _time);

        Assert.True(await deduplicator.TryBeginAsync(Message(null), CancellationToken.None));
        Assert.True(await deduplicator.TryBeginAsync(Message(null), CancellationToken.None));

        _durable.Verify(d => d.TryBeginAsync(It.IsAny<Activity>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task AfterTheTimeToLive_OrWhenPushedOut_TheDurableStoreDecidesAgain()
    {
        DurableAnswers(true, true, true, false, false);
        var deduplicator = new CachingActivityDeduplicator(_durable.Object, _time, capacity: 2, timeToLive: TimeSpan.FromMinutes(30));
        await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None);
        await deduplicator.TryBeginAsync(Message("2"), CancellationToken.None);
        await deduplicator.TryBeginAsync(Message("3"), CancellationToken.None); // pushes "1" out

        Assert.False(await deduplicator.TryBeginAsync(Message("1"), CancellationToken.None)); // from the durable store
        _time.Advance(TimeSpan.FromMinutes(31));
        Assert.False(await deduplicator.TryBeginAsync(Message("3"), CancellationToken.None)); // expired: durable again

        _durable.Verify(d => d.TryBeginAsync(It.IsAny<Activity>(), It.IsAny<CancellationToken>()), Times.Exactly(5));
    }

    [Fact]
    public void ExpiringCache_ContainsKey_FalseOnceExpired()
    {
        var cache = new ExpiringCache<int>(10, TimeSpan.FromMinutes(1), _time);
        cache.GetOrAdd("a", () => 1, out _);

        Assert.True(cache.ContainsKey("a"));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(cache.ContainsKey("a"));
    }
}
