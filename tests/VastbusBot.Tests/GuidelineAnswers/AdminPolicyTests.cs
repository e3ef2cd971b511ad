using Microsoft.Extensions.Options;
using Moq;
using VastbusBot.Features.Administration;

namespace VastbusBot.Tests.GuidelineAnswers;

public sealed class AdminPolicyTests
{
    private static ConfiguredAdminPolicy Policy(params string[] admins)
    {
        var monitor = Mock.Of<IOptionsMonitor<AdministrationOptions>>(m => m.CurrentValue == new AdministrationOptions { Admins = admins });
        return new ConfiguredAdminPolicy(monitor);
    }

    [Fact]
    public void NoAdminsConfigured_NobodyIsAdmin()
    {
        Assert.False(Policy().IsAdmin("t1", "u1"));
    }

    [Fact]
    public void BareObjectId_IsAdminInEveryTenant_CaseInsensitive()
    {
        var policy = Policy("AAAA-1");

        Assert.True(policy.IsAdmin("t1", "aaaa-1"));
        Assert.True(policy.IsAdmin("t2", "aaaa-1"));
        Assert.False(policy.IsAdmin("t1", "bbbb-2"));
        Assert.False(policy.IsAdmin("t1", null));
    }

    [Fact]
    public void TenantScopedEntry_IsAdminOnlyInThatTenant()
    {
        var policy = Policy("t1/aaaa-1");

        Assert.True(policy.IsAdmin("t1", "aaaa-1"));
        Assert.False(policy.IsAdmin("t2", "aaaa-1"));
    }
}
