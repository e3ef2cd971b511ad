using BenchmarkDotNet.Running;
using VastbusBot.Benchmarks.Bare;
using VastbusBot.Benchmarks.Load;

namespace VastbusBot.Benchmarks;

/// <summary>
/// <c>load [options]</c> runs the end-to-end load test (bot and bare endpoint against a local connector sink);
/// <c>bare [options]</c> is the baseline server that the load test starts as a child process; anything else goes
/// to BenchmarkDotNet. <c>bot [--memory-dedup]</c> runs the bot itself, optionally without the per-turn storage write.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args.FirstOrDefault())
        {
            case LoadCommand.Name:
                return await LoadCommand.RunAsync(args[1..]);
            case BotVariantHost.Name:
                return await BotVariantHost.RunAsync(args[1..]);
            case BareEndpoint.Name:
                return await BareEndpoint.RunAsync(args[1..]);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
