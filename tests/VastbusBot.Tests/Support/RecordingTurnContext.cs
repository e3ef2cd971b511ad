using Moq;
using VastbusBot.Protocol;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Tests.Support;

/// <summary>A turn whose outgoing messages are recorded instead of sent.</summary>
internal sealed class RecordingTurnContext(Activity activity) : ITurnContext
{
    private int _nextId;

    public Activity Activity { get; } = activity;

    public IConnectorClient Connector { get; } = Mock.Of<IConnectorClient>(MockBehavior.Strict);

    public List<Activity> Sent { get; } = [];

    public List<(string ActivityId, Activity Activity)> Updated { get; } = [];

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        Sent.Add(activity);
        return Task.FromResult(new ResourceResponse { Id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    public Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Updated.Add((activityId, activity));
        return Task.FromResult(new ResourceResponse { Id = activityId });
    }

    public Task SendTypingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
