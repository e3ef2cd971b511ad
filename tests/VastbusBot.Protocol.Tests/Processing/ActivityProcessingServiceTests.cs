using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using VastbusBot.Protocol.Hosting;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Tests.Processing;

public sealed class ActivityProcessingServiceTests
{
    [Fact]
    public async Task DefaultOptions_ManyConversationsWaitingOnIo_RunConcurrently()
    {
        // Turns that wait (on storage or the connector) must not queue behind each other just because the machine
        // has few cores: with the default options, many conversations' turns are in flight at once.
        const int conversations = 200;
        const int expectedInFlight = 32;
        var options = Options.Create(new BotFrameworkOptions());
        var handler = new BlockingHandler(expectedInFlight);
        var services = new ServiceCollection()
            .AddSingleton<IActivityDeduplicator>(new InMemoryActivityDeduplicator(TimeProvider.System))
            .AddSingleton<IActivityHandler>(handler)
            .AddSingleton(Mock.Of<IConnectorClient>())
            .BuildServiceProvider();
        await using var _ = services;
        var queue = new ActivityQueue(options);
        using var worker = new ActivityProcessingService(
            queue, services.GetRequiredService<IServiceScopeFactory>(), options, NullLogger<ActivityProcessingService>.Instance);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            for (var i = 0; i < conversations; i++)
            {
                Assert.True(queue.TryEnqueue(new Activity
                {
                    Type = ActivityTypes.Message,
                    Id = "1",
                    Conversation = new ConversationAccount { Id = $"a:{i}" },
                }));
            }

            // Ends once enough turns are waiting at the same time; a generous limit only stops a broken build hanging.
            await handler.EnoughInFlight.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(handler.MaxInFlight >= expectedInFlight);
        }
        finally
        {
            handler.Release();
            await worker.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Holds every turn until released, counting how many are held at once.</summary>
    private sealed class BlockingHandler(int enough) : IActivityHandler
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _enough = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlight;
        private int _maxInFlight;

        public Task EnoughInFlight => _enough.Task;

        public int MaxInFlight => Volatile.Read(ref _maxInFlight);

        public void Release() => _release.TrySetResult();

        public async Task OnActivityAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inFlight);
            int max;
            while ((max = Volatile.Read(ref _maxInFlight)) < now && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
            {
            }

            if (now >= enough)
            {
                _enough.TrySetResult();
            }

            await _release.Task.WaitAsync(cancellationToken);
            Interlocked.Decrement(ref _inFlight);
        }

        public Task<InvokeResponse> OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
