using Microsoft.Extensions.Options;
using VastbusBot.Protocol.Hosting;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Tests.Processing;

public sealed class ActivityQueueTests
{
    private static Activity In(string conversationId, string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Conversation = new ConversationAccount { Id = conversationId },
    };

    [Fact]
    public void PartitionOf_SameConversation_SamePartition()
    {
        var first = ActivityQueue.PartitionOf("19:abc@thread.v2", 8);

        Assert.Equal(first, ActivityQueue.PartitionOf("19:abc@thread.v2", 8));
        Assert.InRange(first, 0, 7);
    }

    [Fact]
    public async Task TryEnqueue_OneConversation_KeepsOrder()
    {
        var queue = new ActivityQueue(Options.Create(new BotFrameworkOptions { BackgroundWorkers = 4, QueueCapacity = 100 }));
        var partition = ActivityQueue.PartitionOf("a:1", queue.PartitionCount);

        Assert.True(queue.TryEnqueue(In("a:1", "1")));
        Assert.True(queue.TryEnqueue(In("a:1", "2")));

        var reader = queue.Reader(partition);
        Assert.Equal("1", (await reader.ReadAsync()).Id);
        Assert.Equal("2", (await reader.ReadAsync()).Id);
    }

    [Fact]
    public void TryEnqueue_PartitionFull_False()
    {
        var queue = new ActivityQueue(Options.Create(new BotFrameworkOptions { BackgroundWorkers = 1, QueueCapacity = 2 }));

        Assert.True(queue.TryEnqueue(In("a:1", "1")));
        Assert.True(queue.TryEnqueue(In("a:2", "2")));
        Assert.False(queue.TryEnqueue(In("a:3", "3")));
    }
}
