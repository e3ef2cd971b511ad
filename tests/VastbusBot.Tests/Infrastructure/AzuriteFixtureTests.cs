using Azure.Data.Tables;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Infrastructure;

/// <summary>The test Azurite is a real Table Storage endpoint of its own, in memory, gone after dispose.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteFixtureTests(AzuriteFixture azurite)
{
    private static string UniqueTableName() => "infra" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<List<string>> TableNamesAsync(string connectionString, string name)
    {
        var names = new List<string>();
        await foreach (var table in new TableServiceClient(connectionString).QueryAsync(t => t.Name == name))
        {
            names.Add(table.Name);
        }

        return names;
    }

    [Fact]
    public async Task ConnectionString_InsertedEntity_IsReadBack()
    {
        var table = new TableClient(azurite.ConnectionString, UniqueTableName());
        await table.CreateAsync();

        await table.AddEntityAsync(new TableEntity("samordning", "sip-1") { ["Title"] = "SIP-möte Västbus" });
        var read = await table.GetEntityAsync<TableEntity>("samordning", "sip-1");

        Assert.Equal("SIP-möte Västbus", read.Value.GetString("Title"));
    }

    [Fact]
    public async Task SecondFixture_HasItsOwnPortsAndData_AndStopsOnDispose()
    {
        var tableName = UniqueTableName();
        await new TableClient(azurite.ConnectionString, tableName).CreateAsync();

        var other = new AzuriteFixture();
        await other.InitializeAsync();
        int otherTablePort;
        try
        {
            otherTablePort = other.TablePort;
            Assert.NotEqual(azurite.TablePort, otherTablePort);
            Assert.Contains($"TableEndpoint=http://127.0.0.1:{otherTablePort}/devstoreaccount1;", other.ConnectionString, StringComparison.Ordinal);

            Assert.Equal([tableName], await TableNamesAsync(azurite.ConnectionString, tableName));
            Assert.Empty(await TableNamesAsync(other.ConnectionString, tableName));
        }
        finally
        {
            await other.DisposeAsync();
        }

        Assert.False(await FreePort.IsOpenAsync(otherTablePort));
    }
}
