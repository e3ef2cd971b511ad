using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VastbusBot.Conversation;
using VastbusBot.Features.Planned;
using VastbusBot.Features.Reminders;
using VastbusBot.Features.Reports.Integration;
using VastbusBot.Storage;

namespace VastbusBot.Tests.Reports;

public sealed class AddReportsTests
{
    private static ServiceProvider Build(bool remindersFirst)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Organisation:Admins:11111111-1111-1111-1111-111111111111:0"] = "aaaaaaaa-0000-0000-0000-000000000001",
                ["Organisation:Admins:*:0"] = "aaaaaaaa-0000-0000-0000-000000000002",
                ["Reminders:TenantIds:0"] = "33333333-3333-3333-3333-333333333333",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.Configure<StorageOptions>(o => o.ConnectionString = "UseDevelopmentStorage=true");
        if (remindersFirst)
        {
            services.AddReminders(configuration).AddReports(configuration);
        }
        else
        {
            services.AddReports(configuration).AddReminders(configuration);
        }

        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddReports_ReplacesTheStandIns_InEitherOrder(bool remindersFirst)
    {
        await using var provider = Build(remindersFirst);

        Assert.IsType<RegistryReportObligations>(provider.GetRequiredService<IReportObligations>());
        var tenants = await provider.GetRequiredService<IReminderTenantSource>().GetTenantIdsAsync(CancellationToken.None);
        Assert.Equal(["33333333-3333-3333-3333-333333333333", "11111111-1111-1111-1111-111111111111"], tenants);
        Assert.Single(provider.GetServices<ICardAction>(), a => a is ReportCardActions);
        Assert.Single(provider.GetServices<ITextCommand>(), c => c is AnnualReportCommand);
        Assert.Single(provider.GetServices<ITextCommand>(), c => c is SummaryCommand);
    }

    [Fact]
    public void ThePlannedStub_NoLongerClaimsTheReportCommands()
    {
        var words = PlannedFeatureCommand.All().SelectMany(c => c.Triggers.Values.SelectMany(t => t)).ToList();
        Assert.DoesNotContain("årsberättelse", words);
        Assert.DoesNotContain("annual report", words);
        Assert.DoesNotContain("påminnelser", words);
        Assert.DoesNotContain("reminders", words);
        Assert.True(VastbusBot.Features.Help.HelpCatalog.Reports.Available);
    }
}
