using VastbusBot.Testing;

namespace VastbusBot.Tests.Support;

/// <summary>Tests that share one Azurite process (each test uses its own table prefix).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
