using VastbusBot.Hosting;
using VastbusBot.Protocol;

namespace VastbusBot.Benchmarks.Load;

/// <summary>
/// <c>bot --memory-dedup</c>: the real bot (<see cref="VastbusBotApp.Build"/>), with the Table Storage
/// deduplicator replaced by the in-memory one, so a load run can show what the durable deduplication costs.
/// Everything else (routing, cards, connector client, conversation store) is the bot's own.
/// </summary>
internal static class BotVariantHost
{
    public const string Name = "bot";

    public const string MemoryDedupFlag = "--memory-dedup";

    public static async Task<int> RunAsync(string[] args)
    {
        var memoryDedup = args.Contains(MemoryDedupFlag);
        var app = VastbusBotApp.Build(
            [.. args.Where(a => a != MemoryDedupFlag)],
            builder =>
            {
                if (memoryDedup)
                {
                    // Registered before AddVastbusBot, whose TryAdd then keeps this one.
                    builder.Services.AddSingleton<IActivityDeduplicator, InMemoryActivityDeduplicator>();
                }
            });
        await app.RunAsync();
        return 0;
    }
}
