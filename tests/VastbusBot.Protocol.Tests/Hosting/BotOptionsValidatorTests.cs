using VastbusBot.Protocol.Hosting;

namespace VastbusBot.Protocol.Tests.Hosting;

public sealed class BotOptionsValidatorTests
{
    [Fact]
    public void Validate_NoAppIdOutsideDevelopment_FailsWithMessage()
    {
        var result = new BotOptionsValidator(isDevelopment: false).Validate(null, new BotOptions());

        Assert.True(result.Failed);
        Assert.Equal(BotOptionsValidator.MissingAppIdMessage, result.FailureMessage);
    }

    [Fact]
    public void Validate_NoAppIdInDevelopment_Succeeds()
    {
        Assert.True(new BotOptionsValidator(isDevelopment: true).Validate(null, new BotOptions()).Succeeded);
    }

    [Theory]
    [InlineData("SingleTenant", "tenant", "secret", null, true)]
    [InlineData("SingleTenant", "", "secret", null, false)]
    [InlineData("SingleTenant", "tenant", "", null, false)]
    [InlineData("SingleTenant", "tenant", "", "/certs/bot.pfx", true)]
    [InlineData("MultiTenant", "", "secret", null, true)]
    [InlineData("UserAssignedMSI", "", "", null, true)]
    [InlineData("Federated", "tenant", "secret", null, false)]
    public void Validate_AppTypeAndCredentials(string appType, string tenant, string secret, string? certificate, bool valid)
    {
        var options = new BotOptions
        {
            MicrosoftAppId = "app",
            MicrosoftAppType = appType,
            MicrosoftAppTenantId = tenant,
            MicrosoftAppPassword = secret,
            MicrosoftAppCertificatePath = certificate,
        };

        Assert.Equal(valid, new BotOptionsValidator(isDevelopment: false).Validate(null, options).Succeeded);
    }
}
