using Microsoft.Extensions.Options;

namespace VastbusBot.Features.Reminders;

/// <summary>The tenants named in <c>Reminders:TenantIds</c> and <c>Reminders:Tenants</c>.</summary>
public sealed class ConfiguredReminderTenants(IOptionsMonitor<ReminderOptions> options) : IReminderTenantSource
{
    public Task<IReadOnlyList<string>> GetTenantIdsAsync(CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        IReadOnlyList<string> ids = [.. o.TenantIds.Concat(o.Tenants.Keys).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.OrdinalIgnoreCase)];
        return Task.FromResult(ids);
    }
}

/// <summary>
/// Stands in until the organisation registry is wired: nobody has obligations, so no reminder is sent. It logs once
/// so a deployment without the registry is visible rather than silently quiet.
/// </summary>
public sealed partial class UnconfiguredReportObligations(ILogger<UnconfiguredReportObligations> logger) : IReportObligations
{
    private int _warned;

    public Task<IReadOnlyList<ReportObligation>> GetObligationsAsync(string tenantId, DeadlineOccurrence occurrence, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            LogNoRegistry();
        }

        return Task.FromResult<IReadOnlyList<ReportObligation>>([]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No organisation registry is registered for reminders (IReportObligations): nobody will be reminded")]
    private partial void LogNoRegistry();
}
