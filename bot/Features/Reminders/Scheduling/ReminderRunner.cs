using Microsoft.Extensions.Options;
using VastbusBot.Features.Reminders.Cards;
using VastbusBot.Features.Reminders.Messaging;
using VastbusBot.Features.Reminders.Storage;

namespace VastbusBot.Features.Reminders.Scheduling;

/// <summary>What one run did, for logs and tests.</summary>
public sealed record ReminderRunSummary(int Due, int Sent, int AlreadyHandled, int Unreachable, int Failed, bool Completed);

/// <summary>
/// One pass of the schedule over every tenant: plan what is due, claim each reminder, send it, record the outcome.
/// The claim (not the lease) is what makes a reminder go out at most once; the lease only keeps instances from
/// doing the same work twice.
/// </summary>
public sealed partial class ReminderRunner(
    IReminderTenantSource tenants,
    IReportObligations obligations,
    IReminderPreferenceStore preferences,
    IReminderRunLog runLog,
    IReminderClaimStore claims,
    IProactiveMessenger messenger,
    IOptionsMonitor<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderRunner> logger)
{
    /// <summary>Identifies this instance in claim records.</summary>
    public string InstanceId { get; init; } = Environment.MachineName + "/" + Guid.NewGuid().ToString("N")[..8];

    public async Task<ReminderRunSummary> RunOnceAsync(CancellationToken cancellationToken)
    {
        var total = new Counter();
        foreach (var tenant in await tenants.GetTenantIdsAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await RunTenantAsync(tenant, total, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One tenant's trouble (e.g. its registry) must not stop the others.
                LogTenantFailed(ex, tenant);
                total.Completed = false;
            }
        }

        return total.ToSummary();
    }

    private async Task RunTenantAsync(string tenantId, Counter total, CancellationToken cancellationToken)
    {
        var schedule = ReminderSchedule.Resolve(options.CurrentValue, tenantId);
        var now = time.GetUtcNow();
        if (!schedule.Enabled)
        {
            return;
        }

        var open = ReminderPlanner.OpenOccurrences(schedule, now);
        if (open.Count > 0)
        {
            var lastRun = await runLog.GetLastRunAsync(tenantId, cancellationToken);
            var lists = new List<OccurrenceObligations>();
            foreach (var occurrence in open)
            {
                lists.Add(new OccurrenceObligations(occurrence, await obligations.GetObligationsAsync(tenantId, occurrence, cancellationToken)));
            }

            var prefs = await preferences.ListAsync(tenantId, cancellationToken);

            // One look-up per recipient who may be due: it gives their chat, language and time zone.
            var recipients = new Dictionary<string, ProactiveRecipient?>(StringComparer.Ordinal);
            foreach (var aad in lists.SelectMany(l => l.Obligations).Where(o => !o.Submitted).Select(o => o.RecipientAadObjectId).Distinct())
            {
                if (prefs.TryGetValue(aad, out var p) && p.Paused)
                {
                    continue;
                }

                recipients[aad] = await messenger.FindRecipientAsync(tenantId, aad, cancellationToken);
            }

            RecipientSettings SettingsOf(string aad)
            {
                var p = prefs.TryGetValue(aad, out var found) ? found : ReminderPreference.Default;
                var settings = ReminderPreferencesService.ToSettings(p);
                return settings.Zone is null && recipients.GetValueOrDefault(aad)?.Zone is { } zone ? settings with { Zone = zone } : settings;
            }

            var due = ReminderPlanner.Plan(schedule, lists, SettingsOf, lastRun, now);
            foreach (var reminder in due.OrderBy(d => d.ScheduledAt))
            {
                cancellationToken.ThrowIfCancellationRequested();
                total.Due++;
                if (recipients.GetValueOrDefault(reminder.Obligation.RecipientAadObjectId) is not { } recipient)
                {
                    // No personal chat (never opened, or removed the app): nothing is claimed, so the reminder goes
                    // out late if the user installs the app before the deadline.
                    total.Unreachable++;
                    LogUnreachable(tenantId, reminder.Obligation.RecipientAadObjectId, reminder.Occurrence.Id);
                    continue;
                }

                if (await DeliverAsync(reminder, recipient, schedule, total, cancellationToken) == Delivery.Throttled)
                {
                    LogThrottled(tenantId);
                    total.Completed = false;
                    return; // back off; the next run continues where this one stopped
                }
            }
        }

        await runLog.SetLastRunAsync(tenantId, now, cancellationToken);
    }

    private async Task<Delivery> DeliverAsync(DueReminder reminder, ProactiveRecipient recipient, ReminderSchedule schedule, Counter total, CancellationToken cancellationToken)
    {
        var card = ReminderCards.Reminder(reminder, recipient.Language, time.GetUtcNow(), schedule.Zone);
        var claim = await claims.TryClaimAsync(reminder.Key, InstanceId, time.GetUtcNow(), cancellationToken);
        if (!claim.Acquired)
        {
            total.AlreadyHandled++;
            return Delivery.Skipped;
        }

        // From here on the outcome is recorded whatever happens to the run's token.
        var result = await messenger.SendCardAsync(recipient, card, cancellationToken);
        var outcome = result.Status switch
        {
            ProactiveSendStatus.Sent => ClaimState.Sent,
            ProactiveSendStatus.NotSent => ClaimState.FailedRetryable,
            _ => ClaimState.FailedFinal,
        };
        await claims.CompleteAsync(reminder.Key, claim, outcome, result.ActivityId, result.Detail ?? result.Status.ToString(), time.GetUtcNow(), CancellationToken.None);

        if (outcome == ClaimState.Sent)
        {
            total.Sent++;
            LogSent(reminder.TenantId, reminder.Obligation.RecipientAadObjectId, reminder.Occurrence.Id, reminder.OffsetDays, reminder.IsLate);
        }
        else
        {
            total.Failed++;
            LogNotSent(reminder.TenantId, reminder.Obligation.RecipientAadObjectId, reminder.Occurrence.Id, reminder.OffsetDays, result.Status, result.Detail);
        }

        return result.Throttled ? Delivery.Throttled : Delivery.Done;
    }

    private enum Delivery
    {
        Done,
        Skipped,
        Throttled,
    }

    private sealed class Counter
    {
        public int Due { get; set; }

        public int Sent { get; set; }

        public int AlreadyHandled { get; set; }

        public int Unreachable { get; set; }

        public int Failed { get; set; }

        public bool Completed { get; set; } = true;

        public ReminderRunSummary ToSummary() => new(Due, Sent, AlreadyHandled, Unreachable, Failed, Completed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder sent to {AadObjectId} in tenant {TenantId} for {Deadline}, {OffsetDays} days before (late: {IsLate})")]
    private partial void LogSent(string tenantId, string aadObjectId, string deadline, int offsetDays, bool isLate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder to {AadObjectId} in tenant {TenantId} for {Deadline}, {OffsetDays} days before, not sent: {Status} {Detail}")]
    private partial void LogNotSent(string tenantId, string aadObjectId, string deadline, int offsetDays, ProactiveSendStatus status, string? detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "No personal chat with {AadObjectId} in tenant {TenantId}; the reminder for {Deadline} waits until they open one")]
    private partial void LogUnreachable(string tenantId, string aadObjectId, string deadline);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams throttled reminders in tenant {TenantId}; the rest waits for the next run")]
    private partial void LogThrottled(string tenantId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder run failed for tenant {TenantId}")]
    private partial void LogTenantFailed(Exception exception, string tenantId);
}
