using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VastbusBot.GraphIntegration.Client;

namespace VastbusBot.GraphIntegration.Tests;

public class GraphOptionsTests
{
    private static GraphOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddVastbusGraph(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<GraphOptions>>().Value;
    }

    private static ValidateOptionsResult Validate(GraphOptions options) => new GraphOptionsValidator().Validate(null, options);

    [Fact]
    public void ByDefault_TheBotsOwnAppRegistrationIsUsed()
    {
        var options = Resolve(new() { ["MicrosoftAppId"] = "app-id", ["MicrosoftAppPassword"] = "secret", ["MicrosoftAppTenantId"] = "tenant" });

        Assert.Equal(("app-id", "secret", "tenant"), (options.ClientId, options.ClientSecret, options.TenantId));
        Assert.Equal(GraphCredentialType.ClientSecret, options.ResolveCredentialType());
        Assert.Equal(GraphOptions.GlobalBaseUrl, options.BaseUrl);
        Assert.Equal("https://graph.microsoft.com/.default", options.Scope);
        Assert.Equal(new Uri("https://login.microsoftonline.com"), options.ResolveAuthorityHost());
    }

    [Fact]
    public void GraphSection_OverridesTheRootKeys_AndPicksANationalCloud()
    {
        var options = Resolve(new()
        {
            ["MicrosoftAppId"] = "bot-app",
            ["MicrosoftAppPassword"] = "bot-secret",
            ["MicrosoftAppTenantId"] = "tenant",
            ["Graph:ClientId"] = "graph-app",
            ["Graph:ClientSecret"] = "graph-secret",
            ["Graph:BaseUrl"] = "https://graph.microsoft.us/v1.0",
        });

        Assert.Equal(("graph-app", "graph-secret", "tenant"), (options.ClientId, options.ClientSecret, options.TenantId));
        Assert.Equal("https://graph.microsoft.us/.default", options.Scope);
        Assert.Equal(new Uri("https://login.microsoftonline.us"), options.ResolveAuthorityHost());
        Assert.Equal(new Uri("https://login.chinacloudapi.cn"), new GraphOptions { BaseUrl = "https://microsoftgraph.chinacloudapi.cn/v1.0" }.ResolveAuthorityHost());
        Assert.Equal(new Uri("https://login.example"), new GraphOptions { BaseUrl = "https://graph.microsoft.us/v1.0", AuthorityHost = new Uri("https://login.example") }.ResolveAuthorityHost());
    }

    [Fact]
    public void UserAssignedManagedIdentityBot_UsesItsIdentityForGraph()
    {
        var options = Resolve(new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppId"] = "msi-client", ["MicrosoftAppPassword"] = "ignored" });

        Assert.Equal(GraphCredentialType.ManagedIdentity, options.ResolveCredentialType());
        Assert.Equal("msi-client", options.ManagedIdentityClientId);
        Assert.Null(options.ClientSecret);
        Assert.True(Validate(options).Succeeded);
        Assert.IsType<ManagedIdentityCredential>(GraphCredentialFactory.Create(options));
    }

    [Fact]
    public void SystemAssignedManagedIdentity_CanBeChosenExplicitly()
    {
        var options = Resolve(new() { ["Graph:CredentialType"] = "ManagedIdentity" });

        Assert.Equal(GraphCredentialType.ManagedIdentity, options.ResolveCredentialType());
        Assert.True(Validate(options).Succeeded);
        Assert.IsType<ManagedIdentityCredential>(GraphCredentialFactory.Create(options));
    }

    [Fact]
    public void ClientSecret_GivesAClientSecretCredential()
    {
        var options = Resolve(new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret", ["MicrosoftAppTenantId"] = "tenant" });

        Assert.IsType<ClientSecretCredential>(GraphCredentialFactory.Create(options));
    }

    [Fact]
    public void CertificatePath_GivesACertificateCredential()
    {
        var path = Path.Combine(Path.GetTempPath(), $"graph-test-{Guid.NewGuid():N}.pfx");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=VastbusBot test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "pw"));
        }

        try
        {
            var options = Resolve(new()
            {
                ["MicrosoftAppId"] = "app",
                ["MicrosoftAppTenantId"] = "tenant",
                ["MicrosoftAppCertificatePath"] = path,
                ["MicrosoftAppCertificatePassword"] = "pw",
            });

            Assert.Equal(GraphCredentialType.Certificate, options.ResolveCredentialType());
            Assert.True(Validate(options).Succeeded);
            Assert.IsType<ClientCertificateCredential>(GraphCredentialFactory.Create(options));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoopbackBaseUrlWithoutSecrets_UsesTheEmulatorCredential()
    {
        var options = Resolve(new() { ["Graph:BaseUrl"] = "http://localhost:5980/v1.0" });

        Assert.Equal(GraphCredentialType.Emulator, options.ResolveCredentialType());
        Assert.True(Validate(options).Succeeded);
    }

    [Fact]
    public void EmulatorCredential_IsRefusedForTheRealGraph()
    {
        var result = Validate(new GraphOptions { CredentialType = GraphCredentialType.Emulator });

        Assert.True(result.Failed);
        Assert.Contains("loopback", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCredentialForTheRealGraph_FailsValidationNamingTheKeys()
    {
        var result = Validate(new GraphOptions());

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppTenantId", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://graph.microsoft.com/v1.0")]
    [InlineData("not a url")]
    public void BaseUrl_MustBeHttpsUnlessLoopback(string baseUrl)
    {
        var result = Validate(new GraphOptions { BaseUrl = baseUrl, CredentialType = GraphCredentialType.ManagedIdentity });

        Assert.True(result.Failed);
        Assert.Contains("Graph:BaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void MaxRetries_StaysWithinTheSdkLimit(int maxRetries)
    {
        Assert.True(Validate(new GraphOptions { MaxRetries = maxRetries, CredentialType = GraphCredentialType.ManagedIdentity }).Failed);
    }

    [Fact]
    public void RetrySettings_ReachTheSdksRetryHandler()
    {
        var option = GraphServiceClientProvider.CreateRetryOption(new GraphOptions { MaxRetries = 5, RetryDelaySeconds = 2, RetriesTimeLimit = TimeSpan.FromSeconds(30) });

        Assert.Equal((5, 2, TimeSpan.FromSeconds(30)), (option.MaxRetry, option.Delay, option.RetriesTimeLimit));
    }

    [Fact]
    public void Timeout_ReachesTheHttpClient()
    {
        using var client = GraphServiceClientProvider.CreateHttpClient(new GraphOptions { Timeout = TimeSpan.FromSeconds(12) });

        Assert.Equal(TimeSpan.FromSeconds(12), client.Timeout);
    }

    [Fact]
    public void SchedulingOptions_BindWorkingHoursAndDays()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scheduling:WorkdayStart"] = "08:30",
            ["Scheduling:WorkdayEnd"] = "15:00",
            ["Scheduling:WorkDays:0"] = "Tuesday",
            ["Scheduling:WorkDays:1"] = "Thursday",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddVastbusGraph(configuration).BuildServiceProvider();

        var hours = services.GetRequiredService<IOptions<SchedulingOptions>>().Value.ToWorkingHours();

        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(15, 0)), (hours.Start, hours.End));
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], hours.Days.Order());
        Assert.Equal(TimeSpan.FromHours(1), hours.TimeZone.GetUtcOffset(new DateTime(2026, 1, 15)));
        Assert.Equal(TimeSpan.FromHours(2), hours.TimeZone.GetUtcOffset(new DateTime(2026, 7, 15)));
    }

    [Fact]
    public void InvalidScheduling_IsRejected()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Scheduling:MaxOptions"] = "7" }).Build();
        using var services = new ServiceCollection().AddLogging().AddVastbusGraph(configuration).BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SchedulingOptions>>().Value);
        Assert.Contains("MaxOptions", exception.Message, StringComparison.Ordinal);
    }
}
