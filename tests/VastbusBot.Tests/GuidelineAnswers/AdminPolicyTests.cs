using Moq;
using VastbusBot.Features.Administration;
using VastbusBot.Features.Organisation;

namespace VastbusBot.Tests.GuidelineAnswers;

public sealed class AdminPolicyTests
{
    private static RegistryAdminPolicy Policy(bool isAdmin)
    {
        var registry = new Mock<IOrganisationRegistry>(MockBehavior.Strict);
        registry.Setup(r => r.GetRolesAsync("t1", "u1", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UserRoles("t1", "u1", [], [], isAdmin));
        return new RegistryAdminPolicy(registry.Object);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task IsAdmin_IsTheRegistrysAnswerForTheTenant(bool isAdmin)
    {
        Assert.Equal(isAdmin, await Policy(isAdmin).IsAdminAsync("t1", "u1", CancellationToken.None));
    }

    [Theory]
    [InlineData("", "u1")]
    [InlineData("t1", null)]
    [InlineData("t1", " ")]
    public async Task WithoutTenantOrUser_NobodyIsAdmin_AndTheRegistryIsNotAsked(string tenant, string? user)
    {
        Assert.False(await Policy(isAdmin: true).IsAdminAsync(tenant, user, CancellationToken.None));
    }
}
