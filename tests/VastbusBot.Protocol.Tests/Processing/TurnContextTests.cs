using Moq;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Tests.Processing;

public sealed class TurnContextTests
{
    private static Activity Inbound() => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ServiceUrl = "https://smba.trafficmanager.net/teams/",
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user", Name = "Anna" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "VastbusBot" },
        Conversation = new ConversationAccount { Id = "a:1", TenantId = "t-1" },
        Locale = "sv-SE",
    };

    [Fact]
    public async Task SendAsync_BareMessage_FilledFromInboundAndPostedToConversation()
    {
        var connector = new Mock<IConnectorClient>();
        Activity? sent = null;
        connector
            .Setup(c => c.SendToConversationAsync(new Uri("https://smba.trafficmanager.net/teams/"), "a:1", It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .Callback<Uri, string, Activity, CancellationToken>((_, _, a, _) => sent = a)
            .ReturnsAsync(new ResourceResponse { Id = "out-1" });
        var turn = new TurnContext(Inbound(), connector.Object);

        var response = await turn.SendAsync(Activity.CreateMessage("svar"), CancellationToken.None);

        Assert.Equal("out-1", response.Id);
        Assert.NotNull(sent);
        Assert.Equal("28:bot", sent.From!.Id);
        Assert.Equal("29:user", sent.Recipient!.Id);
        Assert.Equal("a:1", sent.Conversation!.Id);
        Assert.Equal("msteams", sent.ChannelId);
        Assert.Equal("sv-SE", sent.Locale);
        Assert.Equal("https://smba.trafficmanager.net/teams/", sent.ServiceUrl);
    }

    [Fact]
    public async Task SendAsync_ExplicitLocale_Kept()
    {
        var connector = new Mock<IConnectorClient>();
        connector.Setup(c => c.SendToConversationAsync(It.IsAny<Uri>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResourceResponse());
        var message = Activity.CreateMessage("reply");
        message.Locale = "en-US";

        await new TurnContext(Inbound(), connector.Object).SendAsync(message, CancellationToken.None);

        Assert.Equal("en-US", message.Locale);
    }

    [Fact]
    public async Task UpdateAsync_PutsWithActivityId()
    {
        var connector = new Mock<IConnectorClient>();
        connector.Setup(c => c.UpdateActivityAsync(It.IsAny<Uri>(), "a:1", "card-1", It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResourceResponse { Id = "card-1" });
        var card = Activity.CreateMessage();

        await new TurnContext(Inbound(), connector.Object).UpdateAsync("card-1", card, CancellationToken.None);

        Assert.Equal("card-1", card.Id);
        connector.VerifyAll();
    }

    [Fact]
    public async Task SendTypingAsync_PostsTypingActivity()
    {
        var connector = new Mock<IConnectorClient>();
        connector.Setup(c => c.SendToConversationAsync(It.IsAny<Uri>(), "a:1", It.Is<Activity>(a => a.Type == ActivityTypes.Typing && a.Text == null), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResourceResponse());

        await new TurnContext(Inbound(), connector.Object).SendTypingAsync(CancellationToken.None);

        connector.VerifyAll();
    }

    [Fact]
    public async Task SendAsync_InboundWithoutServiceUrl_Throws()
    {
        var inbound = Inbound();
        inbound.ServiceUrl = null;

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new TurnContext(inbound, Mock.Of<IConnectorClient>()).SendAsync(Activity.CreateMessage("x"), CancellationToken.None));
    }
}
