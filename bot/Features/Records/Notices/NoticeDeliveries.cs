using VastbusBot.Features.Records.Deviations;

namespace VastbusBot.Features.Records.Notices;

/// <summary>How one notice went: how many recipients got it in Teams and how many could not be reached.</summary>
public sealed record NoticeDelivery(DeviationNoticeKind Kind, int Reached, int Unreachable);

/// <summary>
/// Lets a card action learn what the notifier managed while the service it called was notifying: the service
/// sends the notices inside its own call and returns only the record, but the user who reported or handled a
/// deviation should be told whether the chair (or the reporter) could be reached in Teams.
/// </summary>
/// <remarks>
/// The card action opens a <see cref="Watch"/> before calling the service; the notifier, running inside that call,
/// records into it through an async-local. Turns running at the same time each see only their own.
/// </remarks>
public sealed class NoticeDeliveries
{
    private readonly AsyncLocal<Recorder?> _current = new();

    /// <summary>Starts collecting the deliveries of notices sent from this async flow until the result is disposed.</summary>
    public Recorder Watch()
    {
        var recorder = new Recorder(this, _current.Value);
        _current.Value = recorder;
        return recorder;
    }

    /// <summary>Called by the notifier; does nothing when nobody watches.</summary>
    public void Record(NoticeDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        _current.Value?.Add(delivery);
    }

    /// <summary>The deliveries recorded while it was open.</summary>
    public sealed class Recorder : IDisposable
    {
        private readonly NoticeDeliveries _owner;
        private readonly Recorder? _previous;
        private readonly List<NoticeDelivery> _deliveries = [];
        private readonly Lock _gate = new();

        internal Recorder(NoticeDeliveries owner, Recorder? previous)
        {
            _owner = owner;
            _previous = previous;
        }

        public IReadOnlyList<NoticeDelivery> Deliveries
        {
            get
            {
                lock (_gate)
                {
                    return [.. _deliveries];
                }
            }
        }

        /// <summary>The delivery of the first notice of <paramref name="kind"/>, or null when none was sent.</summary>
        public NoticeDelivery? Of(DeviationNoticeKind kind) => Deliveries.FirstOrDefault(d => d.Kind == kind);

        public void Dispose() => _owner._current.Value = _previous;

        internal void Add(NoticeDelivery delivery)
        {
            lock (_gate)
            {
                _deliveries.Add(delivery);
            }
        }
    }
}
