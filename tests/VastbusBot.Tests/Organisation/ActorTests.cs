using VastbusBot.Features.Organisation;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Organisation;

public sealed class ActorTests
{
    [Fact]
    public void FromActivity_TakesTenantObjectIdAndName()
    {
        var actor = Actor.FromActivity(Activities.Message("logga möte"));

        Assert.NotNull(actor);
        Assert.Equal((Activities.TenantId, Activities.UserAadObjectId, "Megan Bowen"), (actor.TenantId, actor.AadObjectId, actor.Name));
    }

    [Fact]
    public void FromActivity_WithoutObjectIdOrTenant_IsNull()
    {
        var noUser = Activities.Message("x");
        noUser.From!.AadObjectId = null;
        var noTenant = Activities.Message("x");
        noTenant.Conversation!.TenantId = null;
        noTenant.ChannelData = null;

        Assert.Null(Actor.FromActivity(noUser));
        Assert.Null(Actor.FromActivity(noTenant));
    }

    [Fact]
    public void ObjectIds_AreComparedInOneForm()
    {
        var upper = new Actor("t", "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE");
        var braces = new Actor("t", "{aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee}");

        Assert.Equal("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", upper.AadObjectId);
        Assert.Equal(upper, braces);
    }
}
