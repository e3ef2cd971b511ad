using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Storage;

namespace VastbusBot.Tests.Records;

public sealed class AddRecordsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.Configure<StorageOptions>(o => o.ConnectionString = "UseDevelopmentStorage=true");
        services.AddRecords(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task AddRecords_ResolvesEveryService_AndTheSeedCheckPasses()
    {
        await using var provider = Build([]);

        Assert.NotNull(provider.GetRequiredService<IMeetingService>());
        Assert.NotNull(provider.GetRequiredService<IDeviationService>());
        Assert.Equal(49, provider.GetRequiredService<IOrganisationRegistry>().Catalog.Municipalities.Count);
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task AddRecords_BrokenSeedFile_StopsTheStart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"organisation-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, "areas: []\nmunicipalities: []\n");
        try
        {
            await using var provider = Build(new() { ["Organisation:SeedFile"] = path });

            var hosted = Assert.Single(provider.GetServices<IHostedService>());
            var ex = await Assert.ThrowsAsync<OrganisationSeedException>(() => hosted.StartAsync(CancellationToken.None));
            Assert.Contains(ex.Errors, e => e.Contains("exactly 6 areas", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AddRecords_BindsBootstrapAdmins_IncludingTheAnyTenantKey()
    {
        await using var provider = Build(new()
        {
            ["Organisation:Admins:tenant-1:0"] = "AAAAAAAA-0000-0000-0000-000000000001",
            ["Organisation:Admins:*:0"] = "cccccccc-0000-0000-0000-000000000003",
        });

        var options = provider.GetRequiredService<IOptions<OrganisationOptions>>().Value;

        Assert.True(options.IsConfiguredAdmin("tenant-1", "aaaaaaaa-0000-0000-0000-000000000001"));
        Assert.False(options.IsConfiguredAdmin("tenant-2", "aaaaaaaa-0000-0000-0000-000000000001"));
        Assert.True(options.IsConfiguredAdmin("tenant-2", "CCCCCCCC-0000-0000-0000-000000000003"));
    }

    [Fact]
    public async Task AddRecords_ANotifierRegisteredByTheCardLayer_IsKept()
    {
        var services = new ServiceCollection();
        var notifier = new RecordingNotifier();
        services.AddSingleton<IDeviationNotifier>(notifier);
        services.AddRecords(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();

        Assert.Same(notifier, provider.GetRequiredService<IDeviationNotifier>());
    }
}
