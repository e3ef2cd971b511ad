using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Organisation;

/// <summary>A delregional health-care collaboration area (vårdsamverkansområde).</summary>
/// <param name="Established">False for the area whose name and members the sources do not establish.</param>
public sealed record Area(string Id, LocalizedText Name, LocalizedText Description, bool Established);

/// <summary>One of the 49 municipalities and the area it belongs to.</summary>
public sealed record Municipality(string Id, string Name, string AreaId);

/// <summary>
/// A local Västbus group: one per municipality, or one per district where the municipality is divided. Seeded
/// groups come from <c>Data/organisation.yaml</c>; admins can add district groups per tenant.
/// </summary>
/// <param name="District">The district's name, or null for a municipality-wide group.</param>
/// <param name="Seeded">True for groups from the seed file, false for groups an admin added in one tenant.</param>
public sealed record LocalGroup(string Id, string MunicipalityId, string MunicipalityName, string AreaId, string? District, bool Seeded)
{
    public LocalizedText Name => District is null
        ? new LocalizedText($"Västbusgruppen i {MunicipalityName}", $"Västbus group in {MunicipalityName}")
        : new LocalizedText($"Västbusgruppen i {District} ({MunicipalityName})", $"Västbus group in {District} ({MunicipalityName})");
}

/// <summary>The validated seed: areas, municipalities and the default local groups. Immutable and shared by all tenants.</summary>
public sealed class OrganisationCatalog
{
    private readonly Dictionary<string, Area> _areas;
    private readonly Dictionary<string, Municipality> _municipalities;
    private readonly Dictionary<string, LocalGroup> _groups;

    public OrganisationCatalog(IReadOnlyList<Area> areas, IReadOnlyList<Municipality> municipalities, IReadOnlyList<LocalGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(municipalities);
        ArgumentNullException.ThrowIfNull(groups);
        Areas = areas;
        Municipalities = municipalities;
        Groups = groups;
        _areas = areas.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _municipalities = municipalities.ToDictionary(m => m.Id, StringComparer.Ordinal);
        _groups = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Area> Areas { get; }

    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>The seeded local groups (tenant-added district groups come from <see cref="IOrganisationRegistry"/>).</summary>
    public IReadOnlyList<LocalGroup> Groups { get; }

    public Area? FindArea(string? id) => id is not null && _areas.TryGetValue(id, out var a) ? a : null;

    public Municipality? FindMunicipality(string? id) => id is not null && _municipalities.TryGetValue(id, out var m) ? m : null;

    public LocalGroup? FindGroup(string? id) => id is not null && _groups.TryGetValue(id, out var g) ? g : null;

    /// <summary>The municipality whose name is <paramref name="name"/>, ignoring case (for text commands).</summary>
    public Municipality? FindMunicipalityByName(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? null
            : Municipalities.FirstOrDefault(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public IEnumerable<LocalGroup> GroupsInArea(string areaId) => Groups.Where(g => g.AreaId == areaId);
}
