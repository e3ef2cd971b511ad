using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using VastbusBot.Protocol;
using VastbusBot.Protocol.Schema;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Hosting;

/// <summary>
/// The whole bot behind HTTP, as a Bot Framework client sees it: Teams-shaped activities in at /api/messages,
/// replies out through the activity's serviceUrl to a fake connector, records in Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BotPipelineTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private readonly TestTokenIssuer _issuer = new();
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync(_issuer);

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _issuer.Dispose();
    }

    [Fact]
    public async Task Development_WithoutAppId_HjalpIsAnsweredWithHelpCardThroughServiceUrl()
    {
        await using var factory = DevelopmentBot();
        using var client = factory.CreateClient();
        var activity = Message("hjälp", "a:dev-1");

        using var response = await PostAsync(client, activity);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reply = await _connector.WaitForAsync(c => c.ConversationId == "a:dev-1" && c.CardText?.Contains("Det här kan jag", StringComparison.Ordinal) == true);
        Assert.Equal("POST", reply.Method);
        Assert.Null(reply.Authorization);
        Assert.Equal("a:dev-1", reply.Body?["conversation"]?["id"]?.GetValue<string>());
    }

    [Fact]
    public async Task DuplicateDelivery_SameActivityTwice_IsAnsweredOnce()
    {
        await using var factory = DevelopmentBot();
        using var client = factory.CreateClient();
        var activity = Message("help", "a:dup-1");

        using (await PostAsync(client, activity))
        using (await PostAsync(client, activity))
        {
        }

        await _connector.WaitForAsync(c => c.ConversationId == "a:dup-1" && c.Card is not null);

        // A later message is answered only after the duplicate was taken off the queue before it.
        using (await PostAsync(client, Message("when does the tram leave Brunnsparken tonight?", "a:dup-1")))
        {
        }

        await _connector.WaitForAsync(c => c.ConversationId == "a:dup-1" && c.Text?.Contains("I couldn't find an answer", StringComparison.Ordinal) == true);
        var helpCards = _connector.Calls.Count(c => c.ConversationId == "a:dup-1" && c.CardText?.Contains("Here is what", StringComparison.Ordinal) == true);
        Assert.Equal(1, helpCards);
    }

    [Fact]
    public async Task DuplicateDelivery_ToAnotherInstance_IsDroppedThroughTheDeliveriesTable()
    {
        var prefix = "p" + Guid.NewGuid().ToString("N")[..10];
        await using var first = DevelopmentBot(prefix);
        await using var second = DevelopmentBot(prefix);
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();
        Assert.IsType<VastbusBot.Storage.FreshnessGatedActivityDeduplicator>(second.Services.GetRequiredService<IActivityDeduplicator>());
        var activity = Message("help", "a:dup-2");

        using (await PostAsync(firstClient, activity))
        {
        }

        await _connector.WaitForAsync(c => c.ConversationId == "a:dup-2" && c.Card is not null);

        // The redelivery reaches the other instance, whose memory has never seen it: only the table can tell.
        using (await PostAsync(secondClient, activity))
        using (await PostAsync(secondClient, Message("when does the tram leave Brunnsparken tonight?", "a:dup-2")))
        {
        }

        await _connector.WaitForAsync(c => c.ConversationId == "a:dup-2" && c.Text?.Contains("I couldn't find an answer", StringComparison.Ordinal) == true);
        var helpCards = _connector.Calls.Count(c => c.ConversationId == "a:dup-2" && c.CardText?.Contains("Here is what", StringComparison.Ordinal) == true);
        Assert.Equal(1, helpCards);
    }

    [Fact]
    public async Task FreshDelivery_RedeliveredAfterTheTimeout_ToAnotherInstance_IsDroppedThroughTheDeliveryLog()
    {
        var prefix = "p" + Guid.NewGuid().ToString("N")[..10];
        var activity = Message("help", "a:dup-3");
        var sent = DateTimeOffset.UtcNow;
        activity["timestamp"] = sent.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        await using (var first = DevelopmentBot(prefix))
        {
            using var firstClient = first.CreateClient();
            using (await PostAsync(firstClient, activity))
            {
            }

            await _connector.WaitForAsync(c => c.ConversationId == "a:dup-3" && c.Card is not null);
        }

        // The first instance wrote its delivery log when it stopped. Teams redelivers after its 15-second timeout,
        // with the same id and timestamp, here to another instance.
        await using var second = DevelopmentBot(prefix, new FakeTimeProvider(sent + TimeSpan.FromSeconds(20)));
        using var secondClient = second.CreateClient();
        using (await PostAsync(secondClient, activity))
        using (await PostAsync(secondClient, Message("when does the tram leave Brunnsparken tonight?", "a:dup-3")))
        {
        }

        await _connector.WaitForAsync(c => c.ConversationId == "a:dup-3" && c.Text?.Contains("I couldn't find an answer", StringComparison.Ordinal) == true);
        var helpCards = _connector.Calls.Count(c => c.ConversationId == "a:dup-3" && c.CardText?.Contains("Here is what", StringComparison.Ordinal) == true);
        Assert.Equal(1, helpCards);
    }

    [Fact]
    public async Task Invoke_HelpTopic_IsAnsweredInTheHttpResponse()
    {
        await using var factory = DevelopmentBot();
        using var client = factory.CreateClient();
        var activity = Message(null, "a:inv-1");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "help.topic", ["data"] = new JsonObject { ["verb"] = "help.topic", ["topic"] = "questions", ["lang"] = "en" } },
            ["trigger"] = "manual",
        };

        using var response = await PostAsync(client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("Questions about the guidelines", body["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAppId_RequestWithoutToken_Gets401AndNoReply()
    {
        await using var factory = AuthenticatedBot();
        using var client = factory.CreateClient();

        using var anonymous = await PostAsync(client, Message("hjälp", "a:auth-1"));
        using var forged = await PostAsync(client, Message("hjälp", "a:auth-1"), token: new TestTokenIssuer("other-key").CreateToken(AppId, _connector.ServiceUrl.ToString()));
        using var valid = await PostAsync(client, Message("help", "a:auth-2"), token: _issuer.CreateToken(AppId, _connector.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, valid.StatusCode);
        var reply = await _connector.WaitForAsync(c => c.ConversationId == "a:auth-2" && c.Card is not null);
        Assert.Equal("Bearer outbound-test-token", reply.Authorization);
        Assert.DoesNotContain(_connector.Calls, c => c.ConversationId == "a:auth-1");
    }

    [Fact]
    public void Production_WithoutAppId_RefusesToStartAndSaysWhy()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["MicrosoftAppId"] = string.Empty,
            }));
            b.UseEnvironment("Production");
        });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("MicrosoftAppId", error.ToString(), StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> DevelopmentBot(string? tablePrefix = null, TimeProvider? time = null) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = tablePrefix ?? "p" + Guid.NewGuid().ToString("N")[..10],
            ["MicrosoftAppId"] = string.Empty,
        }));
        b.UseEnvironment("Development");
        if (time is not null)
        {
            b.ConfigureTestServices(services => services.AddSingleton(time));
        }
    });

    private WebApplicationFactory<Program> AuthenticatedBot() => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = "p" + Guid.NewGuid().ToString("N")[..10],
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-the-token-provider-is-replaced",
            ["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            ["BotFramework:OpenIdMetadataUrl"] = _connector.OpenIdMetadataUrl.ToString(),
            ["BotFramework:RequireHttpsMetadata"] = "false",
        }));
        b.UseEnvironment("Production");
        b.ConfigureTestServices(services =>
        {
            var tokens = new Mock<VastbusBot.Protocol.Auth.IBotTokenProvider>();
            tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("outbound-test-token");
            services.AddSingleton(tokens.Object);
        });
    });

    private JsonObject Message(string? text, string conversationId) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-US",
        ["channelId"] = "msteams",
        ["serviceUrl"] = _connector.ServiceUrl.ToString(),
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Megan Bowen", ["aadObjectId"] = Guid.NewGuid().ToString() },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "VastbusBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" } },
        ["someFutureField"] = new JsonObject { ["kept"] = true },
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }
}
