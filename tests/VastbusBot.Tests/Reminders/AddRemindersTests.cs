using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;
using VastbusBot.Conversation;
using VastbusBot.Features.Reminders;
using VastbusBot.Features.Reminders.Commands;
using VastbusBot.Features.Reminders.Messaging;
using VastbusBot.Features.Reminders.Scheduling;
using VastbusBot.Protocol;
using VastbusBot.Storage;
using VastbusBot.Tests.Reminders.Support;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Reminders;

public sealed class AddRemindersTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<StorageOptions>().Configure(o => o.ConnectionString = "UseDevelopmentStorage=true");
        services.AddSingleton<TableProvider>();
        services.AddSingleton<IConversationReferenceStore, InMemoryConversationStore>();
        services.AddTransient(_ => Mock.Of<IConnectorClient>());
        before?.Invoke(services);
        services.AddReminders(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void Everything_Resolves_TheSchedulerIsHosted_AndTheCommandAndButtonsAreRegistered()
    {
        using var provider = Build(new() { ["Reminders:TenantIds:0"] = "t1" });

        Assert.Contains(provider.GetServices<IHostedService>(), s => s is ReminderSchedulerService);
        Assert.Contains(provider.GetServices<ITextCommand>(), c => c is RemindersCommand);
        Assert.Contains(provider.GetServices<ICardAction>(), a => a is RemindersCardActions);
        Assert.IsType<ConnectorProactiveMessenger>(provider.GetRequiredService<IProactiveMessenger>());
        Assert.IsType<UnconfiguredReportObligations>(provider.GetRequiredService<IReportObligations>());
    }

    [Fact]
    public void TheRegistrysObligations_RegisteredFirst_AreUsed()
    {
        var registry = new InMemoryObligations();
        using var provider = Build([], s => s.AddSingleton<IReportObligations>(registry));

        Assert.Same(registry, provider.GetRequiredService<IReportObligations>());
    }

    [Fact]
    public void BadSettings_FailValidation()
    {
        using var provider = Build(new() { ["Reminders:Deadlines:local-annual-report"] = "31-03" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ReminderOptions>>().Value);
        Assert.Contains("local-annual-report", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLeaseBlob_IsDerivedFromTheTableEndpoint_ForManagedIdentity()
    {
        Assert.Equal(
            new Uri("https://acct.blob.core.windows.net/"),
            ReminderServiceCollectionExtensions.DeriveBlobUri(new Uri("https://acct.table.core.windows.net")));
        Assert.Null(ReminderServiceCollectionExtensions.DeriveBlobUri(new Uri("http://127.0.0.1:10002/devstoreaccount1")));
    }
}
