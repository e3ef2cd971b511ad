using System.Threading.Channels;
using Microsoft.Extensions.Options;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Hosting;

/// <summary>
/// Bounded queue of accepted non-invoke activities, split into one partition per worker by conversation id: the
/// activities of one conversation are handled one after another, in arrival order (e.g. installationUpdate before the
/// first message), while different conversations run in parallel.
/// </summary>
internal sealed class ActivityQueue
{
    private readonly Channel<Activity>[] _partitions;

    public ActivityQueue(IOptions<BotFrameworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var workers = Math.Max(1, options.Value.BackgroundWorkers);
        var perPartition = Math.Max(1, (options.Value.QueueCapacity + workers - 1) / workers);
        _partitions = new Channel<Activity>[workers];
        for (var i = 0; i < workers; i++)
        {
            _partitions[i] = Channel.CreateBounded<Activity>(new BoundedChannelOptions(perPartition)
            {
                SingleReader = true,
                SingleWriter = false,
                FullMode = BoundedChannelFullMode.Wait,
            });
        }
    }

    public int PartitionCount => _partitions.Length;

    /// <summary>False when the conversation's partition is full.</summary>
    public bool TryEnqueue(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return _partitions[PartitionOf(activity.Conversation?.Id, _partitions.Length)].Writer.TryWrite(activity);
    }

    public ChannelReader<Activity> Reader(int partition) => _partitions[partition].Reader;

    public void Complete()
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }
    }

    internal static int PartitionOf(string? conversationId, int partitions) =>
        string.IsNullOrEmpty(conversationId) ? 0 : (int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)partitions);
}
