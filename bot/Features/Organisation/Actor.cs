using VastbusBot.Protocol.Schema;

namespace VastbusBot.Features.Organisation;

/// <summary>
/// The signed-in Teams user a service call is made for. Every records and registry query is scoped by
/// <see cref="TenantId"/>; <see cref="AadObjectId"/> (the Entra object id) is what roles are granted to.
/// </summary>
public sealed record Actor
{
    public Actor(string tenantId, string aadObjectId, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        TenantId = tenantId.Trim();
        AadObjectId = NormaliseUserId(aadObjectId);
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    public string TenantId { get; }

    public string AadObjectId { get; }

    public string? Name { get; }

    /// <summary>The user who sent <paramref name="activity"/>, or null when Teams did not say (no tenant or no object id).</summary>
    public static Actor? FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenant = activity.GetTenantId();
        var aad = activity.From?.AadObjectId;
        return string.IsNullOrWhiteSpace(tenant) || string.IsNullOrWhiteSpace(aad) ? null : new Actor(tenant, aad, activity.From?.Name);
    }

    /// <summary>Entra object ids are GUIDs; they are compared and stored in lowercase "D" form.</summary>
    public static string NormaliseUserId(string aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        return Guid.TryParse(aadObjectId.Trim(), out var id) ? id.ToString("D") : aadObjectId.Trim();
    }
}
