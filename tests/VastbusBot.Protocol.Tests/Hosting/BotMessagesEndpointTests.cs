using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using VastbusBot.Protocol.Hosting;
using VastbusBot.Protocol.Schema;
using VastbusBot.Protocol.Tests.Support;

namespace VastbusBot.Protocol.Tests.Hosting;

public sealed class BotMessagesEndpointTests
{
    [Fact]
    public async Task Post_WithoutToken_401AndHandlerNotCalled()
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.PostAsync(BotTestHost.Message("m-1"), token: null);
        using var sentinel = await host.PostAsync(BotTestHost.Message("m-2"));
        await host.Recorder.WaitForActivityAsync("m-2");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["m-2"], host.Recorder.Activities.Select(a => a.Id));
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_InvalidToken_401()
    {
        await using var host = await BotTestHost.StartAsync();
        var token = host.Tokens.Create(audience: "someone-else");

        using var response = await host.PostAsync(BotTestHost.Message("m-1"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Post_InvalidTokenAndMalformedBody_401BeforeParsing()
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.PostRawAsync("{not json", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenForOtherServiceUrl_401AndServiceUrlNotTrusted()
    {
        await using var host = await BotTestHost.StartAsync();
        var activity = BotTestHost.Message("m-1", serviceUrl: "https://attacker.example/teams/");
        var token = host.Tokens.Create(serviceUrl: TestTokens.ServiceUrl);

        using var response = await host.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var trusted = host.App.Services.GetRequiredService<ITrustedServiceUrls>();
        Assert.False(trusted.IsTrusted(new Uri("https://attacker.example/teams/")));
    }

    [Fact]
    public async Task Post_KeyDoesNotEndorseChannel_403AndHandlerNotCalled()
    {
        await using var host = await BotTestHost.StartAsync();
        var activity = BotTestHost.Message("m-1");
        activity.ChannelId = "webchat";

        using var response = await host.PostAsync(activity);
        using var sentinel = await host.PostAsync(BotTestHost.Message("m-2"));
        await host.Recorder.WaitForActivityAsync("m-2");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(["m-2"], host.Recorder.Activities.Select(a => a.Id));
    }

    [Fact]
    public async Task Post_ValidMessage_202AndHandlerGetsActivity()
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.PostAsync(BotTestHost.Message("m-1", text: "hjälp"));
        var received = await host.Recorder.WaitForActivityAsync("m-1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("hjälp", received.Text);
        Assert.Equal("a:conv-1", received.Conversation?.Id);
        Assert.Equal("tenant-1", received.GetTenantId());
    }

    [Fact]
    public async Task Post_ValidMessage_ServiceUrlRegisteredAndReplySentWithToken()
    {
        await using var host = await BotTestHost.StartAsync();
        host.Recorder.OnActivity = turn => turn.SendAsync(Activity.CreateMessage("svar"), CancellationToken.None);
        const string regional = "https://smba.trafficmanager.net/emea/";
        var activity = BotTestHost.Message("m-1", serviceUrl: regional);

        using var response = await host.PostAsync(activity, host.Tokens.Create(serviceUrl: regional));
        await host.Recorder.WaitForActivityAsync("m-1");

        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations/a%3Aconv-1/activities", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer outbound-token", request.Authorization);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("svar", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("29:user", body.RootElement.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("28:" + TestTokens.AppId, body.RootElement.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Post_SameActivityTwice_HandlerCalledOnce()
    {
        await using var host = await BotTestHost.StartAsync();

        using var first = await host.PostAsync(BotTestHost.Message("m-1"));
        using var duplicate = await host.PostAsync(BotTestHost.Message("m-1"));
        // Same conversation, so the sentinel is processed after the duplicate.
        using var sentinel = await host.PostAsync(BotTestHost.Message("m-2"));
        await host.Recorder.WaitForActivityAsync("m-2");

        Assert.Equal(HttpStatusCode.Accepted, duplicate.StatusCode);
        Assert.Equal(["m-1", "m-2"], host.Recorder.Activities.Select(a => a.Id));
    }

    [Fact]
    public async Task Post_HandlerThrows_WorkerKeepsProcessing()
    {
        await using var host = await BotTestHost.StartAsync();
        host.Recorder.OnActivity = turn => turn.Activity.Id == "m-1"
            ? throw new InvalidOperationException("boom")
            : Task.CompletedTask;

        using var first = await host.PostAsync(BotTestHost.Message("m-1"));
        using var second = await host.PostAsync(BotTestHost.Message("m-2"));
        await host.Recorder.WaitForActivityAsync("m-2");

        Assert.Equal(["m-1", "m-2"], host.Recorder.Activities.Select(a => a.Id));
    }

    [Fact]
    public async Task Post_Invoke_HandlerResponseWritten()
    {
        await using var host = await BotTestHost.StartAsync();
        host.Recorder.OnInvoke = (turn, _) =>
        {
            Assert.True(AdaptiveCardInvokeValue.TryParse(turn.Activity, out var value));
            return Task.FromResult(AdaptiveCardInvokeResponse.Card(new { type = "AdaptiveCard", version = "1.5", verb = value.Action?.Verb }).ToInvokeResponse());
        };

        using var response = await host.PostAsync(BotTestHost.CardAction("i-1", verb: "save"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("save", body.RootElement.GetProperty("value").GetProperty("verb").GetString());
        Assert.Empty(host.Recorder.Activities);
    }

    [Fact]
    public async Task Post_SameInvokeTwice_CachedResponseAndHandlerCalledOnce()
    {
        await using var host = await BotTestHost.StartAsync();

        using var first = await host.PostAsync(BotTestHost.CardAction("i-1"));
        using var second = await host.PostAsync(BotTestHost.CardAction("i-1"));
        using var other = await host.PostAsync(BotTestHost.CardAction("i-2"));

        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.Contains("call 1", firstBody, StringComparison.Ordinal);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.Contains("call 2", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, host.Recorder.InvokeCalls);
    }

    [Fact]
    public async Task Post_InvokeHandlerThrows_200WithErrorBody()
    {
        await using var host = await BotTestHost.StartAsync();
        host.Recorder.OnInvoke = (_, _) => throw new InvalidOperationException("boom");

        using var response = await host.PostAsync(BotTestHost.CardAction("i-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(500, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.RootElement.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("value").GetProperty("message").GetString()));
        Assert.Equal("InternalServerError", body.RootElement.GetProperty("value").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_InvokeHandlerNeverAnswers_200WithErrorBodyAfterBudget()
    {
        var settings = BotTestHost.AuthenticatedSettings();
        settings["BotFramework:InvokeTimeout"] = "00:00:00.200";
        await using var host = await BotTestHost.StartAsync(settings: settings);
        host.Recorder.OnInvoke = (_, _) => new TaskCompletionSource<InvokeResponse>().Task;

        using var response = await host.PostAsync(BotTestHost.CardAction("i-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Post_InvokeHandlerStatus_WrittenAsHttpStatus()
    {
        await using var host = await BotTestHost.StartAsync();
        host.Recorder.OnInvoke = (_, _) => Task.FromResult(InvokeResponse.Create(501));

        using var response = await host.PostAsync(BotTestHost.CardAction("i-1"));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"id\":\"1\",\"serviceUrl\":\"https://smba.trafficmanager.net/teams/\",\"conversation\":{\"id\":\"a:1\"}}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"a:1\"}}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"not a url\",\"conversation\":{\"id\":\"a:1\"}}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://smba.trafficmanager.net/teams/\"}")]
    public async Task Post_MalformedActivity_400(string body)
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.PostRawAsync(body, host.Tokens.Create());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverLimit_413()
    {
        var settings = BotTestHost.AuthenticatedSettings();
        settings["BotFramework:MaxRequestBodyBytes"] = "1024";
        await using var host = await BotTestHost.StartAsync(settings: settings);

        using var response = await host.PostAsync(BotTestHost.Message("m-1", text: new string('x', 2000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_MetadataUnreachable_503()
    {
        await using var host = await BotTestHost.StartAsync();
        host.Metadata.Fail = true;

        using var response = await host.PostAsync(BotTestHost.Message("m-1"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Post_QueueFull_503WithRetryAfter()
    {
        var settings = BotTestHost.AuthenticatedSettings();
        settings["BotFramework:BackgroundWorkers"] = "1";
        settings["BotFramework:QueueCapacity"] = "1";
        await using var host = await BotTestHost.StartAsync(settings: settings);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Recorder.OnActivity = async turn =>
        {
            if (turn.Activity.Id == "m-1")
            {
                started.TrySetResult();
                await release.Task;
            }
        };

        using var busy = await host.PostAsync(BotTestHost.Message("m-1"));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var queued = await host.PostAsync(BotTestHost.Message("m-2"));
        using var rejected = await host.PostAsync(BotTestHost.Message("m-3"));
        release.SetResult();

        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, rejected.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), rejected.Headers.RetryAfter?.Delta);
    }

    [Theory]
    [InlineData("HEAD")]
    [InlineData("GET")]
    public async Task Probe_HeadOrGet_200WithoutBody(string method)
    {
        await using var host = await BotTestHost.StartAsync();

        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/messages");
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(host.Recorder.Activities);
    }

    [Fact]
    public async Task Start_ProductionWithoutAppId_RefusesWithClearMessage()
    {
        await using var app = BotTestHost.Build("Production", new Dictionary<string, string?>());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("MicrosoftAppId is not configured", error.Message, StringComparison.Ordinal);
        Assert.Contains("refuses to start outside Development", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AppIdWithoutSecret_RefusesWithClearMessage()
    {
        var settings = BotTestHost.AuthenticatedSettings();
        settings.Remove("MicrosoftAppPassword");
        await using var app = BotTestHost.Build("Production", settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DevelopmentWithoutAppId_AcceptsUnauthenticatedLoopbackTraffic()
    {
        await using var host = await BotTestHost.StartAsync("Development", new Dictionary<string, string?>());
        host.Recorder.OnActivity = turn => turn.SendAsync(Activity.CreateMessage("svar"), CancellationToken.None);
        const string playground = "http://localhost:56150/_connector";

        using var response = await host.PostAsync(BotTestHost.Message("m-1", serviceUrl: playground), token: null);
        await host.Recorder.WaitForActivityAsync("m-1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal("http://localhost:56150/_connector/v3/conversations/a%3Aconv-1/activities", request.Uri.AbsoluteUri);
        Assert.True(host.App.Services.GetRequiredService<BotRuntimeMode>().IsUnauthenticatedDevelopment);
    }

    [Fact]
    public async Task Start_DevelopmentWithoutAppId_DoesNotTrustRemoteServiceUrls()
    {
        await using var host = await BotTestHost.StartAsync("Development", new Dictionary<string, string?>());
        var failure = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Recorder.OnActivity = async turn =>
        {
            try
            {
                await turn.SendAsync(Activity.CreateMessage("svar"), CancellationToken.None);
            }
            catch (UntrustedServiceUrlException ex)
            {
                failure.TrySetResult(ex);
            }
        };

        using var response = await host.PostAsync(BotTestHost.Message("m-1", serviceUrl: "https://attacker.example/"), token: null);
        await host.Recorder.WaitForActivityAsync("m-1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.IsType<UntrustedServiceUrlException>(await failure.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Start_DevelopmentWithAppId_StillRequiresToken()
    {
        await using var host = await BotTestHost.StartAsync("Development");

        using var response = await host.PostAsync(BotTestHost.Message("m-1"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AddBotProtocol_HostRegisteredDeduplicator_IsKept()
    {
        var custom = new Mock<IActivityDeduplicator>().Object;
        await using var app = BotTestHost.Build("Development", new Dictionary<string, string?>(), services =>
        {
            services.AddSingleton(new HandlerRecorder());
            services.AddSingleton(custom);
        });

        Assert.Same(custom, app.Services.GetRequiredService<IActivityDeduplicator>());
    }
}
