using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Reminders.Messaging;
using VastbusBot.Protocol;
using VastbusBot.Protocol.Schema;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Reminders;

public sealed class ConnectorProactiveMessengerTests
{
    private const string Tenant = "tenant-1";
    private const string User = "aad-1";

    private readonly InMemoryConversationStore _store = new();
    private readonly Mock<IConnectorClient> _connector = new(MockBehavior.Strict);

    private ConnectorProactiveMessenger NewMessenger() =>
        new(_store, () => _connector.Object, new ProactiveSendPacer(50), NullLogger<ConnectorProactiveMessenger>.Instance);

    private static AdaptiveCard Card() => new() { FallbackText = "Påminnelse", Body = [new TextBlock { Text = "Påminnelse" }] };

    private async Task SavePersonalChat(string locale = "en-US", string? timezone = "Europe/London") =>
        await _store.SaveAsync(
            new ConversationReference
            {
                ServiceUrl = "https://smba.trafficmanager.net/emea/",
                ChannelId = "msteams",
                ConversationId = "a:personal-1",
                ConversationType = "personal",
                TenantId = Tenant,
                UserId = "29:user-1",
                UserAadObjectId = User,
                UserName = "Megan Bowen",
                BotId = "28:bot",
                Locale = locale,
                Timezone = timezone,
            },
            CancellationToken.None);

    [Fact]
    public async Task FindRecipient_UsesTheStoredPersonalChat_ItsLanguageAndTimeZone()
    {
        await SavePersonalChat();

        var recipient = await NewMessenger().FindRecipientAsync(Tenant, User, CancellationToken.None);

        Assert.NotNull(recipient);
        Assert.Equal("a:personal-1", recipient.Reference.ConversationId);
        Assert.Equal(UiLanguage.English, recipient.Language);
        Assert.Equal("Europe/London", recipient.Zone?.Id);
        Assert.Null(await NewMessenger().FindRecipientAsync(Tenant, "someone-else", CancellationToken.None));
        Assert.Null(await NewMessenger().FindRecipientAsync("other-tenant", User, CancellationToken.None));
    }

    [Fact]
    public async Task Send_PostsTheCardToThePersonalChat_AddressedToTheUser()
    {
        await SavePersonalChat(locale: "sv-SE");
        Activity? posted = null;
        _connector
            .Setup(c => c.SendToConversationAsync(new Uri("https://smba.trafficmanager.net/emea/"), "a:personal-1", It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .Callback<Uri, string, Activity, CancellationToken>((_, _, a, _) => posted = a)
            .ReturnsAsync(new ResourceResponse { Id = "act-9" });
        var messenger = NewMessenger();
        var recipient = (await messenger.FindRecipientAsync(Tenant, User, CancellationToken.None))!;

        var result = await messenger.SendCardAsync(recipient, Card(), CancellationToken.None);

        Assert.Equal(ProactiveSendStatus.Sent, result.Status);
        Assert.Equal("act-9", result.ActivityId);
        Assert.NotNull(posted);
        Assert.Equal(ActivityTypes.Message, posted.Type);
        Assert.Equal("29:user-1", posted.Recipient?.Id);
        Assert.Equal("28:bot", posted.From?.Id);
        Assert.Equal("Påminnelse", posted.Summary);
        Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(posted.Attachments!).ContentType);
        Assert.Equal("Påminnelse", Assert.Single(SentCards.CardOf(posted).Body.OfType<TextBlock>()).Text);
        Assert.Contains("Påminnelse", SentCards.TextOf(posted), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "ConversationBlockedByUser")]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster")]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound")]
    public async Task ForbiddenOrNotFound_IsFinal_AndTheChatIsNotUsedAgain(HttpStatusCode status, string code)
    {
        await SavePersonalChat();
        _connector
            .Setup(c => c.SendToConversationAsync(It.IsAny<Uri>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException(status, code, "gone", null, "cv-1"));
        var messenger = NewMessenger();
        var recipient = (await messenger.FindRecipientAsync(Tenant, User, CancellationToken.None))!;

        var result = await messenger.SendCardAsync(recipient, Card(), CancellationToken.None);

        Assert.Equal(ProactiveSendStatus.RecipientGone, result.Status);
        Assert.Null(await messenger.FindRecipientAsync(Tenant, User, CancellationToken.None));
        Assert.False((await _store.GetAsync(Tenant, "a:personal-1", CancellationToken.None))!.Installed);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, ProactiveSendStatus.NotSent, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, ProactiveSendStatus.NotSent, false)]
    [InlineData(HttpStatusCode.BadRequest, ProactiveSendStatus.Rejected, false)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, ProactiveSendStatus.Rejected, false)]
    [InlineData(HttpStatusCode.InternalServerError, ProactiveSendStatus.Uncertain, false)]
    [InlineData(HttpStatusCode.BadGateway, ProactiveSendStatus.Uncertain, false)]
    public async Task OtherFailures_AreClassifiedForRetryOrNot(HttpStatusCode status, ProactiveSendStatus expected, bool throttled)
    {
        await SavePersonalChat();
        _connector
            .Setup(c => c.SendToConversationAsync(It.IsAny<Uri>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException(status, null, null, TimeSpan.FromSeconds(1), null));
        var messenger = NewMessenger();
        var recipient = (await messenger.FindRecipientAsync(Tenant, User, CancellationToken.None))!;

        var result = await messenger.SendCardAsync(recipient, Card(), CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Equal(throttled, result.Throttled);
        Assert.NotNull(await messenger.FindRecipientAsync(Tenant, User, CancellationToken.None));
    }

    [Fact]
    public async Task AConnectionRefused_IsCertainlyNotSent_ButATimeoutMayHaveBeen()
    {
        await SavePersonalChat();
        var messenger = NewMessenger();
        var recipient = (await messenger.FindRecipientAsync(Tenant, User, CancellationToken.None))!;
        _connector
            .SetupSequence(c => c.SendToConversationAsync(It.IsAny<Uri>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException(HttpRequestError.ConnectionError, "refused"))
            .ThrowsAsync(new TaskCanceledException("timed out"));

        Assert.Equal(ProactiveSendStatus.NotSent, (await messenger.SendCardAsync(recipient, Card(), CancellationToken.None)).Status);
        Assert.Equal(ProactiveSendStatus.Uncertain, (await messenger.SendCardAsync(recipient, Card(), CancellationToken.None)).Status);
    }

    [Fact]
    public async Task AStopBeforeTheRequestStarts_SendsNothing()
    {
        await SavePersonalChat();
        var messenger = NewMessenger();
        var recipient = (await messenger.FindRecipientAsync(Tenant, User, CancellationToken.None))!;

        var result = await messenger.SendCardAsync(recipient, Card(), new CancellationToken(canceled: true));

        Assert.Equal(ProactiveSendStatus.NotSent, result.Status);
        _connector.VerifyNoOtherCalls();
    }
}
