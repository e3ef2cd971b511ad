using System.Collections.Concurrent;
using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Reminders;
using VastbusBot.Features.Reminders.Messaging;
using VastbusBot.Features.Reminders.Storage;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Tests.Reminders.Support;

internal static class Stockholm
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0) =>
        ReminderTimes.At(new DateOnly(year, month, day), new TimeOnly(hour, minute), Zone);
}

/// <summary>The registry's answer in memory: chairs per group, each with a submitted flag the test can flip.</summary>
internal sealed class InMemoryObligations : IReportObligations
{
    private readonly ConcurrentDictionary<(string Tenant, DeadlineKind Kind), List<ReportObligation>> _byKind = new();

    public int Calls;

    public InMemoryObligations Add(string tenant, DeadlineKind kind, ReportObligation obligation)
    {
        _byKind.GetOrAdd((tenant, kind), _ => []).Add(obligation);
        return this;
    }

    public InMemoryObligations AddChair(string tenant, string aad, string groupId, bool submitted = false) =>
        Add(tenant, DeadlineKind.LocalAnnualReport, new ReportObligation(aad, groupId, "Lokal grupp " + groupId, ObligationRole.LocalChair, submitted));

    public void Submit(string tenant, DeadlineKind kind, string aad)
    {
        var list = _byKind[(tenant, kind)];
        lock (list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].RecipientAadObjectId == aad)
                {
                    list[i] = list[i] with { Submitted = true };
                }
            }
        }
    }

    public Task<IReadOnlyList<ReportObligation>> GetObligationsAsync(string tenantId, DeadlineOccurrence occurrence, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        if (!_byKind.TryGetValue((tenantId, occurrence.Kind), out var list))
        {
            return Task.FromResult<IReadOnlyList<ReportObligation>>([]);
        }

        lock (list)
        {
            return Task.FromResult<IReadOnlyList<ReportObligation>>([.. list]);
        }
    }
}

/// <summary>A messenger that records cards instead of sending them; it can hold a send until released.</summary>
internal sealed class RecordingMessenger : IProactiveMessenger
{
    private readonly ConcurrentDictionary<(string Tenant, string Aad), ProactiveRecipient> _recipients = new();
    private readonly ConcurrentDictionary<string, ProactiveSendStatus> _outcomes = new(StringComparer.Ordinal);
    private int _sends;

    public ConcurrentQueue<(string Aad, AdaptiveCard Card)> Sent { get; } = new();

    /// <summary>Called (and awaited) inside the send of the given 1-based send number; lets a test stop an instance mid-run.</summary>
    public Func<int, Task>? DuringSend { get; set; }

    public int CountFor(string aad) => Sent.Count(s => s.Aad == aad);

    public RecordingMessenger Know(string tenant, string aad, string locale = "sv-SE", string? timezone = "Europe/Stockholm")
    {
        var reference = new ConversationReference
        {
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            ConversationId = "a:" + aad,
            ConversationType = "personal",
            TenantId = tenant,
            UserId = "29:" + aad,
            UserAadObjectId = aad,
            UserName = "User " + aad,
            Locale = locale,
            Timezone = timezone,
        };
        _recipients[(tenant, aad)] = new ProactiveRecipient(tenant, aad, reference, LanguageDetector.FromLocale(locale), ReminderTimes.TryFindZone(timezone));
        return this;
    }

    public void Forget(string tenant, string aad) => _recipients.TryRemove((tenant, aad), out _);

    public void FailWith(string aad, ProactiveSendStatus status) => _outcomes[aad] = status;

    public Task<ProactiveRecipient?> FindRecipientAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(_recipients.TryGetValue((tenantId, aadObjectId), out var r) ? r : null);

    public async Task<ProactiveSendResult> SendCardAsync(ProactiveRecipient recipient, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _sends);
        if (DuringSend is { } hook)
        {
            await hook(number);
        }

        if (_outcomes.TryGetValue(recipient.AadObjectId, out var status))
        {
            if (status == ProactiveSendStatus.RecipientGone)
            {
                Forget(recipient.TenantId, recipient.AadObjectId); // as the real messenger marks the chat unusable
            }

            return new ProactiveSendResult(status);
        }

        Sent.Enqueue((recipient.AadObjectId, card));
        return new ProactiveSendResult(ProactiveSendStatus.Sent, "activity-" + number);
    }
}

internal sealed class InMemoryPreferenceStore : IReminderPreferenceStore
{
    private readonly ConcurrentDictionary<(string, string), ReminderPreference> _rows = new();

    public Task<ReminderPreference?> GetAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.TryGetValue((tenantId, aadObjectId), out var p) ? p : null);

    public Task<IReadOnlyDictionary<string, ReminderPreference>> ListAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, ReminderPreference>>(_rows.Where(r => r.Key.Item1 == tenantId).ToDictionary(r => r.Key.Item2, r => r.Value));

    public Task SaveAsync(string tenantId, string aadObjectId, ReminderPreference preference, CancellationToken cancellationToken)
    {
        _rows[(tenantId, aadObjectId)] = preference;
        return Task.CompletedTask;
    }
}

/// <summary>Options that never change, as an <see cref="Microsoft.Extensions.Options.IOptionsMonitor{T}"/>.</summary>
internal sealed class FixedOptions<T>(T value) : Microsoft.Extensions.Options.IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
