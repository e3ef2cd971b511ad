using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using VastbusBot.Features.Booking;
using VastbusBot.Features.Organisation;
using VastbusBot.Testing;
using VastbusBot.Tests.Records;
using VastbusBot.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace VastbusBot.Tests.Booking;

/// <summary>
/// The local playground's three sources of people must agree, or booking in the playground fails: the mock Teams
/// tenant (.m365agentsplayground.yml), the Graph emulator's seed (scripts/dev/graph-seed.playground.json) and the
/// development registry (Booking:DevelopmentRegistry in bot/appsettings.Development.json).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DevelopmentDataTests(AzuriteFixture azurite)
{
    private static readonly IConfiguration Development = new ConfigurationBuilder()
        .AddJsonFile(RepoPaths.Combine("bot", "appsettings.Development.json"))
        .Build();

    [Fact]
    public void GraphSeedUsers_AreThePlaygroundUsers_WithTheSameObjectIdsAndAddresses()
    {
        var playground = PlaygroundUsers();
        var seed = GraphSeedUsers();

        Assert.Equal(6, playground.Count);
        Assert.Equal(playground.OrderBy(p => p.Key, StringComparer.Ordinal), seed.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void DevelopmentRegistry_UsesThePlaygroundTenant_ItsBootstrapAdmin_AndPeopleTheGraphSeedKnows()
    {
        var registry = DevelopmentRegistry();
        var tenant = PlaygroundYaml()["tenantId"].ToString();
        var catalog = OrganisationSeedLoader.LoadFile(RepoPaths.Combine("bot", "Data", "organisation.yaml"));
        var seed = GraphSeedUsers();

        Assert.True(registry.Enabled);
        Assert.Equal(tenant, registry.TenantId);
        Assert.Contains(registry.AdminAadObjectId, Development.GetSection($"Organisation:Admins:{tenant}").Get<string[]>()!);
        Assert.Contains(registry.AdminAadObjectId!, registry.Coordinators.Select(c => c.AadObjectId)); // Anna books as coordinator
        Assert.All(registry.Coordinators.Concat(registry.Chairs), p => Assert.True(seed.ContainsKey(p.AadObjectId), p.Name + " is not in the Graph seed"));
        Assert.All(registry.Chairs, c => Assert.Equal(registry.AreaId, catalog.FindGroup(c.GroupId)?.AreaId));
        Assert.Equal("http://localhost:5980/v1.0", Development["Graph:BaseUrl"]);
    }

    [Fact]
    public async Task DevelopmentRegistrySeed_AssignsTheCoordinatorsAndChairs_Once()
    {
        var options = DevelopmentRegistry();
        await using var records = RecordsHarness.Create(azurite);
        var registry = records.Registry;
        options.TenantId = RecordsHarness.TenantA;
        options.AdminAadObjectId = RecordsHarness.AdminA;

        Assert.True(await DevelopmentRegistrySeeder.SeedAsync(registry, options, CancellationToken.None));
        Assert.False(await DevelopmentRegistrySeeder.SeedAsync(registry, options, CancellationToken.None));

        var anna = await registry.GetRolesAsync(RecordsHarness.TenantA, options.Coordinators[0].AadObjectId, CancellationToken.None);
        Assert.True(anna.IsCoordinatorOf(options.AreaId!));
        foreach (var chair in options.Chairs)
        {
            Assert.Equal(chair.AadObjectId, await registry.GetChairIdAsync(RecordsHarness.TenantA, chair.GroupId!, CancellationToken.None));
        }
    }

    private static DevelopmentRegistryOptions DevelopmentRegistry()
    {
        var options = new DevelopmentRegistryOptions();
        Development.GetSection(DevelopmentRegistryOptions.SectionName).Bind(options);
        return options;
    }

    private static YamlMappingNode PlaygroundYaml()
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(RepoPaths.Combine(".m365agentsplayground.yml")));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    /// <summary>Object id → e-mail of the current user and the other users.</summary>
    private static Dictionary<string, string> PlaygroundUsers()
    {
        var root = PlaygroundYaml();
        var people = new List<YamlMappingNode> { (YamlMappingNode)root["currentUser"] };
        people.AddRange(((YamlSequenceNode)root["users"]).Children.Cast<YamlMappingNode>());
        return people.ToDictionary(p => p["aadObjectId"].ToString(), p => p["email"].ToString());
    }

    private static Dictionary<string, string> GraphSeedUsers()
    {
        var seed = JsonNode.Parse(
            File.ReadAllText(RepoPaths.Combine("scripts", "dev", "graph-seed.playground.json")),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        return seed["users"]!.AsArray().ToDictionary(u => u!["id"]!.GetValue<string>(), u => u!["mail"]!.GetValue<string>());
    }
}
