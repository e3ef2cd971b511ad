using Microsoft.Extensions.Options;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Reminders;

namespace VastbusBot.Features.Reports.Integration;

/// <summary>
/// The configured reminder tenants plus every tenant with configured bootstrap admins (<c>Organisation:Admins</c>,
/// not <c>*</c>): a tenant's registry starts empty and only those admins can fill it, so this covers the tenants with
/// registry data without scanning the registry table.
/// </summary>
public sealed class RegistryReminderTenants(ConfiguredReminderTenants configured, IOptionsMonitor<OrganisationOptions> organisation) : IReminderTenantSource
{
    public async Task<IReadOnlyList<string>> GetTenantIdsAsync(CancellationToken cancellationToken)
    {
        var ids = await configured.GetTenantIdsAsync(cancellationToken);
        var admins = organisation.CurrentValue.Admins
            .Where(a => a.Key != OrganisationOptions.AnyTenant && a.Value.Count > 0)
            .Select(a => a.Key);
        return [.. ids.Concat(admins).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
