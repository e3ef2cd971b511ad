namespace VastbusBot.Features.Organisation;

/// <summary>
/// Configuration section <c>Organisation</c>.
/// <para>
/// Bootstrap admins: a new tenant's registry is empty, so someone must be admin before anyone can assign chairs,
/// members or coordinators. <see cref="Admins"/> maps a tenant id to the Entra object ids of its bootstrap admins,
/// e.g. <c>Organisation__Admins__&lt;tenant-id&gt;__0=&lt;object-id&gt;</c> as an environment variable. They are
/// admins for as long as the setting says so and cannot be removed through the bot; they can make others admins,
/// which is stored per tenant. The key <c>*</c> applies to every tenant and is meant for local development only.
/// </para>
/// </summary>
public sealed class OrganisationOptions
{
    public const string SectionName = "Organisation";

    /// <summary>Any-tenant key in <see cref="Admins"/> (development).</summary>
    public const string AnyTenant = "*";

    /// <summary>The seed file, relative to the app's folder unless absolute.</summary>
    public string SeedFile { get; set; } = Path.Combine("Data", "organisation.yaml");

    /// <summary>Tenant id (or <c>*</c>) to the Entra object ids of the bootstrap admins.</summary>
    public Dictionary<string, List<string>> Admins { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="aadObjectId"/> is configured as admin of <paramref name="tenantId"/>.</summary>
    public bool IsConfiguredAdmin(string tenantId, string aadObjectId)
    {
        var user = Actor.NormaliseUserId(aadObjectId);
        return Contains(tenantId) || Contains(AnyTenant);

        bool Contains(string key) =>
            Admins.TryGetValue(key, out var ids) && ids.Any(id => string.Equals(Actor.NormaliseUserId(id), user, StringComparison.Ordinal));
    }

    /// <summary>The configured admins of <paramref name="tenantId"/>, normalised.</summary>
    public IEnumerable<string> ConfiguredAdmins(string tenantId) =>
        (Admins.TryGetValue(tenantId, out var own) ? own : [])
            .Concat(Admins.TryGetValue(AnyTenant, out var any) ? any : [])
            .Select(Actor.NormaliseUserId)
            .Distinct(StringComparer.Ordinal);
}
