using System.Text.RegularExpressions;
using VastbusBot.Conversation.Localization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace VastbusBot.Features.Organisation;

/// <summary>The organisation seed file is wrong; every problem names its field.</summary>
public sealed class OrganisationSeedException(IReadOnlyList<string> errors)
    : Exception("The organisation seed has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>
/// Reads and validates <c>Data/organisation.yaml</c>. The county has six collaboration areas and 49 municipalities;
/// a file with another count is refused, so a municipality deleted by mistake stops the start instead of silently
/// losing its group.
/// </summary>
public static partial class OrganisationSeedLoader
{
    public const int ExpectedAreaCount = 6;
    public const int ExpectedMunicipalityCount = 49;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static OrganisationCatalog LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new OrganisationSeedException([$"The organisation seed file '{path}' does not exist."]);
        }

        return Parse(File.ReadAllText(path));
    }

    public static OrganisationCatalog Parse(string yaml)
    {
        SeedFile? file;
        try
        {
            file = Yaml.Deserialize<SeedFile?>(yaml);
        }
        catch (YamlException ex)
        {
            throw new OrganisationSeedException([$"line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}"]);
        }

        var errors = new List<string>();
        var areas = ReadAreas(file?.Areas, errors);
        var municipalities = ReadMunicipalities(file?.Municipalities, areas, errors);
        var groups = BuildGroups(file?.Municipalities, municipalities, errors);

        foreach (var area in areas.Where(a => municipalities.All(m => m.AreaId != a.Id)))
        {
            errors.Add($"areas: '{area.Id}' has no municipality.");
        }

        if (errors.Count > 0)
        {
            throw new OrganisationSeedException(errors);
        }

        return new OrganisationCatalog(areas, municipalities, groups);
    }

    private static List<Area> ReadAreas(List<AreaItem>? items, List<string> errors)
    {
        var areas = new List<Area>();
        if (items is null || items.Count != ExpectedAreaCount)
        {
            errors.Add($"areas: there must be exactly {ExpectedAreaCount} areas, found {items?.Count ?? 0}.");
        }

        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            var at = $"areas[{i}]";
            var id = RequireId(item.Id, at, errors);
            var name = RequireText(item.Name, at + ".name", errors);
            var description = RequireText(item.Description, at + ".description", errors);
            if (id is null || name is null || description is null)
            {
                continue;
            }

            if (areas.Any(a => a.Id == id))
            {
                errors.Add($"{at}.id: '{id}' is used twice.");
                continue;
            }

            areas.Add(new Area(id, name, description, item.Established ?? true));
        }

        return areas;
    }

    private static List<Municipality> ReadMunicipalities(List<MunicipalityItem>? items, List<Area> areas, List<string> errors)
    {
        var municipalities = new List<Municipality>();
        if (items is null || items.Count != ExpectedMunicipalityCount)
        {
            errors.Add($"municipalities: there must be exactly {ExpectedMunicipalityCount} municipalities, found {items?.Count ?? 0}.");
        }

        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            var at = $"municipalities[{i}]";
            var id = RequireId(item.Id, at, errors);
            var name = string.IsNullOrWhiteSpace(item.Name) ? null : item.Name.Trim();
            if (name is null)
            {
                errors.Add($"{at}.name: is required.");
            }

            if (string.IsNullOrWhiteSpace(item.Area))
            {
                errors.Add($"{at}.area: is required.");
            }
            else if (areas.All(a => a.Id != item.Area))
            {
                errors.Add($"{at}.area: '{item.Area}' is not one of the areas.");
            }

            if (id is null || name is null || string.IsNullOrWhiteSpace(item.Area))
            {
                continue;
            }

            if (municipalities.Any(m => m.Id == id))
            {
                errors.Add($"{at}.id: '{id}' is used twice.");
            }
            else if (municipalities.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"{at}.name: '{name}' is used twice.");
            }
            else
            {
                municipalities.Add(new Municipality(id, name, item.Area));
            }
        }

        return municipalities;
    }

    private static List<LocalGroup> BuildGroups(List<MunicipalityItem>? items, List<Municipality> municipalities, List<string> errors)
    {
        var groups = new List<LocalGroup>();
        foreach (var municipality in municipalities)
        {
            var item = items!.First(i => i.Id == municipality.Id);
            if (item.Districts is not { Count: > 0 } districts)
            {
                groups.Add(new LocalGroup(municipality.Id, municipality.Id, municipality.Name, municipality.AreaId, null, Seeded: true));
                continue;
            }

            for (var d = 0; d < districts.Count; d++)
            {
                var at = $"municipalities[{municipality.Id}].districts[{d}]";
                var id = RequireId(districts[d].Id, at, errors);
                if (id is null || string.IsNullOrWhiteSpace(districts[d].Name))
                {
                    if (string.IsNullOrWhiteSpace(districts[d].Name))
                    {
                        errors.Add($"{at}.name: is required.");
                    }

                    continue;
                }

                groups.Add(new LocalGroup($"{municipality.Id}-{id}", municipality.Id, municipality.Name, municipality.AreaId, districts[d].Name!.Trim(), Seeded: true));
            }
        }

        foreach (var duplicate in groups.GroupBy(g => g.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"groups: the group id '{duplicate.Key}' is produced twice (a district id clashes with a municipality id).");
        }

        return groups;
    }

    private static string? RequireId(string? id, string at, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add($"{at}.id: is required.");
            return null;
        }

        if (!IdPattern().IsMatch(id))
        {
            errors.Add($"{at}.id: '{id}' must be lowercase ASCII letters, digits and single hyphens.");
            return null;
        }

        return id;
    }

    private static LocalizedText? RequireText(TextItem? text, string at, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text?.Sv) || string.IsNullOrWhiteSpace(text.En))
        {
            errors.Add($"{at}: needs both sv and en.");
            return null;
        }

        return new LocalizedText(text.Sv.Trim(), text.En.Trim());
    }

    /// <summary>Ids go into Table Storage keys, so they are kept to a small, key-safe alphabet.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();

    // YAML model (YamlDotNet needs settable properties).
    private sealed class SeedFile
    {
        public List<AreaItem>? Areas { get; set; }

        public List<MunicipalityItem>? Municipalities { get; set; }
    }

    private sealed class AreaItem
    {
        public string? Id { get; set; }

        public TextItem? Name { get; set; }

        public TextItem? Description { get; set; }

        public bool? Established { get; set; }
    }

    private sealed class MunicipalityItem
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Area { get; set; }

        public List<DistrictItem>? Districts { get; set; }
    }

    private sealed class DistrictItem
    {
        public string? Id { get; set; }

        public string? Name { get; set; }
    }

    private sealed class TextItem
    {
        public string? Sv { get; set; }

        public string? En { get; set; }
    }
}
