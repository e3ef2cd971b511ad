using VastbusBot.Features.Organisation;
using VastbusBot.Testing;

namespace VastbusBot.Tests.Organisation;

public sealed class OrganisationSeedTests
{
    // The areas and municipalities as the facts file lists them (shared/domain/vastbus-facts.md, section 12).
    private static readonly Dictionary<string, string[]> FactsTable = new()
    {
        ["Fyrbodal"] = ["Bengtsfors", "Dals-Ed", "Färgelanda", "Lysekil", "Mellerud", "Munkedal", "Orust", "Sotenäs", "Strömstad", "Tanum", "Trollhättan", "Uddevalla", "Vänersborg", "Åmål"],
        ["Skaraborg"] = ["Essunga", "Falköping", "Grästorp", "Gullspång", "Götene", "Hjo", "Karlsborg", "Lidköping", "Mariestad", "Skara", "Skövde", "Tibro", "Tidaholm", "Töreboda", "Vara"],
        ["Södra Älvsborg"] = ["Bollebygd", "Borås", "Herrljunga", "Mark", "Svenljunga", "Tranemo", "Ulricehamn", "Vårgårda"],
        ["Göteborgsområdet"] = ["Göteborg", "Härryda", "Mölndal", "Partille", "Öckerö"],
        ["SIMBA"] = ["Ale", "Kungälv", "Stenungsund", "Tjörn"],
        ["Område ej fastställt"] = ["Alingsås", "Lerum", "Lilla Edet"],
    };

    private static readonly string SeedPath = RepoPaths.Combine("bot", "Data", "organisation.yaml");

    private static OrganisationCatalog Seed() => OrganisationSeedLoader.LoadFile(SeedPath);

    [Fact]
    public void Seed_HasSixAreasAnd49Municipalities_EachWithOneGroup()
    {
        var catalog = Seed();

        Assert.Equal(6, catalog.Areas.Count);
        Assert.Equal(49, catalog.Municipalities.Count);
        Assert.Equal(49, catalog.Groups.Count);
        Assert.All(catalog.Municipalities, m => Assert.Equal(m.Id, Assert.Single(catalog.Groups, g => g.MunicipalityId == m.Id).Id));
        Assert.All(catalog.Groups, g => Assert.True(g.Seeded));
    }

    [Fact]
    public void Seed_AreasAndMunicipalities_MatchTheFacts()
    {
        var catalog = Seed();

        foreach (var (areaName, municipalities) in FactsTable)
        {
            var area = Assert.Single(catalog.Areas, a => a.Name.Sv == areaName);
            Assert.Equal(
                municipalities.Order(StringComparer.Ordinal),
                catalog.Municipalities.Where(m => m.AreaId == area.Id).Select(m => m.Name).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Seed_TheUnsettledArea_IsMarkedNotEstablished_AndTheOthersAre()
    {
        var catalog = Seed();

        var unsettled = Assert.Single(catalog.Areas, a => !a.Established);
        Assert.Equal(["alingsas", "lerum", "lilla-edet"], catalog.Municipalities.Where(m => m.AreaId == unsettled.Id).Select(m => m.Id));
        Assert.Contains("inte fastställt", unsettled.Description.Sv, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_GroupsKnowTheirAreaAndHaveNamesInBothLanguages()
    {
        var group = Seed().FindGroup("lilla-edet")!;

        Assert.Equal("ej-faststallt", group.AreaId);
        Assert.Equal("Västbusgruppen i Lilla Edet", group.Name.Sv);
        Assert.Equal("Västbus group in Lilla Edet", group.Name.En);
    }

    [Fact]
    public void Seed_IsCopiedNextToTheApp()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Data", "organisation.yaml")));
        Assert.Equal(Seed().Municipalities, OrganisationSeedLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "Data", "organisation.yaml")).Municipalities);
    }

    [Fact]
    public void Parse_AMunicipalityMissing_IsRefused()
    {
        var yaml = string.Join('\n', File.ReadAllLines(SeedPath).Where(l => !l.Contains("id: hjo,", StringComparison.Ordinal)));

        var ex = Assert.Throws<OrganisationSeedException>(() => OrganisationSeedLoader.Parse(yaml));

        Assert.Contains(ex.Errors, e => e.Contains("exactly 49 municipalities, found 48", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnknownAreaAndDuplicateId_AreNamed()
    {
        var yaml = File.ReadAllText(SeedPath)
            .Replace("{ id: hjo, name: \"Hjo\", area: skaraborg }", "{ id: hjo, name: \"Hjo\", area: skarborg }", StringComparison.Ordinal)
            .Replace("{ id: tibro,", "{ id: vara,", StringComparison.Ordinal);

        var ex = Assert.Throws<OrganisationSeedException>(() => OrganisationSeedLoader.Parse(yaml));

        Assert.Contains(ex.Errors, e => e.Contains("area: 'skarborg' is not one of the areas", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("'vara' is used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BadIdAndMissingTranslation_AreNamed()
    {
        var yaml = File.ReadAllText(SeedPath)
            .Replace("id: lysekil,", "id: Lysekil,", StringComparison.Ordinal)
            .Replace("name: { sv: \"SIMBA\", en: \"SIMBA\" }", "name: { sv: \"SIMBA\" }", StringComparison.Ordinal);

        var ex = Assert.Throws<OrganisationSeedException>(() => OrganisationSeedLoader.Parse(yaml));

        Assert.Contains(ex.Errors, e => e.Contains("'Lysekil' must be lowercase", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("areas[4].name: needs both sv and en", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_AnAreaWithoutMunicipalities_IsRefused()
    {
        var yaml = File.ReadAllText(SeedPath).Replace("area: simba }", "area: fyrbodal }", StringComparison.Ordinal);

        var ex = Assert.Throws<OrganisationSeedException>(() => OrganisationSeedLoader.Parse(yaml));

        Assert.Contains("areas: 'simba' has no municipality.", ex.Errors);
    }

    [Fact]
    public void Parse_UnknownKey_IsAYamlError()
    {
        var yaml = File.ReadAllText(SeedPath).Replace("area: fyrbodal }", "area: fyrbodal, region: x }", StringComparison.Ordinal);

        var ex = Assert.Throws<OrganisationSeedException>(() => OrganisationSeedLoader.Parse(yaml));

        Assert.Single(ex.Errors);
    }

    [Fact]
    public void Parse_DistrictsReplaceTheMunicipalityWideGroup()
    {
        var yaml = File.ReadAllText(SeedPath).Replace(
            "- { id: goteborg, name: \"Göteborg\", area: goteborgsomradet }",
            "- { id: goteborg, name: \"Göteborg\", area: goteborgsomradet, districts: [ { id: nordost, name: \"Nordost\" }, { id: hisingen, name: \"Hisingen\" } ] }",
            StringComparison.Ordinal);

        var catalog = OrganisationSeedLoader.Parse(yaml);

        Assert.Null(catalog.FindGroup("goteborg"));
        Assert.Equal(["goteborg-nordost", "goteborg-hisingen"], catalog.Groups.Where(g => g.MunicipalityId == "goteborg").Select(g => g.Id));
        Assert.Equal("Västbusgruppen i Nordost (Göteborg)", catalog.FindGroup("goteborg-nordost")!.Name.Sv);
        Assert.Equal(50, catalog.Groups.Count);
    }

    [Fact]
    public void LoadFile_Missing_SaysWhichFile()
    {
        var ex = Assert.Throws<OrganisationSeedException>(() => OrganisationSeedLoader.LoadFile("/nowhere/organisation.yaml"));

        Assert.Contains("/nowhere/organisation.yaml", ex.Message, StringComparison.Ordinal);
    }
}
