using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;
using Polly;
using Polly.Telemetry;
using Polly.Timeout;
using VastbusBot.Protocol.Hosting;
using VastbusBot.Protocol.Tests.Support;

namespace VastbusBot.Protocol.Tests.Connector;

public sealed class ConnectorRetryPolicyTests
{
    private static HttpResponseMessage Status(HttpStatusCode status) => new(status);

    [Theory]
    [InlineData("POST", HttpStatusCode.TooManyRequests, true)]
    [InlineData("POST", HttpStatusCode.PreconditionFailed, true)]
    [InlineData("POST", HttpStatusCode.BadGateway, false)]
    [InlineData("POST", HttpStatusCode.ServiceUnavailable, false)]
    [InlineData("POST", HttpStatusCode.GatewayTimeout, false)]
    [InlineData("POST", HttpStatusCode.InternalServerError, false)]
    [InlineData("PUT", HttpStatusCode.BadGateway, true)]
    [InlineData("PUT", HttpStatusCode.ServiceUnavailable, true)]
    [InlineData("DELETE", HttpStatusCode.GatewayTimeout, true)]
    [InlineData("GET", HttpStatusCode.BadGateway, true)]
    [InlineData("PUT", HttpStatusCode.InternalServerError, false)]
    [InlineData("PUT", HttpStatusCode.Forbidden, false)]
    [InlineData("PUT", HttpStatusCode.NotFound, false)]
    [InlineData("POST", HttpStatusCode.RequestEntityTooLarge, false)]
    [InlineData("POST", HttpStatusCode.Created, false)]
    public void ShouldRetry_StatusByMethod(string method, HttpStatusCode status, bool expected)
    {
        using var response = Status(status);

        Assert.Equal(expected, ConnectorRetryPolicy.ShouldRetry(new HttpMethod(method), response, null));
    }

    [Fact]
    public void ShouldRetry_TimeoutOnPost_False_OnPut_True()
    {
        Assert.False(ConnectorRetryPolicy.ShouldRetry(HttpMethod.Post, null, new TimeoutRejectedException()));
        Assert.True(ConnectorRetryPolicy.ShouldRetry(HttpMethod.Put, null, new TimeoutRejectedException()));
    }

    [Fact]
    public void ShouldRetry_PreSendFailuresOnPost_True()
    {
        Assert.True(ConnectorRetryPolicy.ShouldRetry(HttpMethod.Post, null, new HttpRequestException(HttpRequestError.NameResolutionError)));
        Assert.True(ConnectorRetryPolicy.ShouldRetry(HttpMethod.Post, null, new HttpRequestException(HttpRequestError.ConnectionError)));
        Assert.True(ConnectorRetryPolicy.ShouldRetry(HttpMethod.Post, null, new HttpRequestException(HttpRequestError.SecureConnectionError)));
        Assert.True(ConnectorRetryPolicy.ShouldRetry(HttpMethod.Post, null,
            new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))));
    }

    [Fact]
    public void ShouldRetry_MaybeSentFailuresOnPost_False()
    {
        Assert.False(ConnectorRetryPolicy.ShouldRetry(HttpMethod.Post, null, new HttpRequestException(HttpRequestError.ResponseEnded)));
        Assert.False(ConnectorRetryPolicy.ShouldRetry(HttpMethod.Post, null, new HttpRequestException("unknown")));
        Assert.False(ConnectorRetryPolicy.ShouldRetry(HttpMethod.Post, null, new UntrustedServiceUrlException()));
        Assert.False(ConnectorRetryPolicy.ShouldRetry(HttpMethod.Put, null, new UntrustedServiceUrlException()));
    }

    [Fact]
    public void GetRetryAfter_DeltaSeconds_Read()
    {
        using var response = Status(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorRetryPolicy.GetRetryAfter(response, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void GetRetryAfter_Date_ReadRelativeToNow()
    {
        var now = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
        using var response = Status(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(20));

        Assert.Equal(TimeSpan.FromSeconds(20), ConnectorRetryPolicy.GetRetryAfter(response, now));
        Assert.Equal(TimeSpan.Zero, ConnectorRetryPolicy.GetRetryAfter(response, now.AddMinutes(1)));
    }

    [Fact]
    public void GetRetryAfter_NoHeader_Null()
    {
        using var response = Status(HttpStatusCode.TooManyRequests);

        Assert.Null(ConnectorRetryPolicy.GetRetryAfter(response, DateTimeOffset.UtcNow));
        Assert.Null(ConnectorRetryPolicy.GetRetryAfter(null, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void Cap_LongRetryAfter_Capped()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), ConnectorRetryPolicy.Cap(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(30)));
        Assert.Equal(TimeSpan.FromSeconds(3), ConnectorRetryPolicy.Cap(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30)));
        Assert.Null(ConnectorRetryPolicy.Cap(null, TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("{\"error\":{\"code\":\"BadArgument\",\"message\":\"Activity is invalid\"}}", "BadArgument", "Activity is invalid")]
    [InlineData("{\"Error\":{\"Code\":\"MessageSizeTooBig\"}}", "MessageSizeTooBig", null)]
    [InlineData("<html></html>", null, null)]
    [InlineData("", null, null)]
    [InlineData("{\"error\":\"text\"}", null, null)]
    public void ParseError_Bodies(string body, string? code, string? message)
    {
        Assert.Equal((code, message), ConnectorClient.ParseError(body));
    }

    [Theory]
    [InlineData("ExecutionAttempt", ResilienceEventSeverity.Information, ResilienceEventSeverity.Debug)]
    [InlineData("ExecutionAttempt", ResilienceEventSeverity.Warning, ResilienceEventSeverity.Warning)]
    [InlineData("OnRetry", ResilienceEventSeverity.Warning, ResilienceEventSeverity.Warning)]
    [InlineData("OnTimeout", ResilienceEventSeverity.Error, ResilienceEventSeverity.Error)]
    public void AddBotProtocol_TelemetrySeverity_OnlySuccessfulAttemptsDemoted(string eventName, ResilienceEventSeverity reported, ResilienceEventSeverity expected)
    {
        var configuration = new ConfigurationBuilder().Build();
        var environment = Mock.Of<IHostEnvironment>(e => e.EnvironmentName == Environments.Development);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotProtocol<RecordingHandler>(configuration, environment);
        using var provider = services.BuildServiceProvider();
        var severityProvider = provider.GetRequiredService<IOptions<TelemetryOptions>>().Value.SeverityProvider;
        Assert.NotNull(severityProvider);

        var context = ResilienceContextPool.Shared.Get();
        try
        {
            var args = new SeverityProviderArguments(
                new ResilienceTelemetrySource("pipeline", "instance", "strategy"),
                new ResilienceEvent(reported, eventName),
                context);
            Assert.Equal(expected, severityProvider(args));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
