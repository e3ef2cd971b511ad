namespace VastbusBot.Protocol.Tests.Connector;

public sealed class TrustedServiceUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://SMBA.trafficmanager.net/emea")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams/")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams/")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams/")]
    public void IsTrusted_DefaultTeamsHosts_True(string url) =>
        Assert.True(new TrustedServiceUrls().IsTrusted(new Uri(url)));

    [Theory]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://evil.smba.trafficmanager.net/")]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    [InlineData("https://user:pw@smba.trafficmanager.net/teams/")]
    [InlineData("http://localhost:3978/")]
    public void IsTrusted_LookalikesPlainHttpUserInfoOrUnregisteredLoopback_False(string url) =>
        Assert.False(new TrustedServiceUrls().IsTrusted(new Uri(url)));

    [Fact]
    public void IsTrusted_ConfiguredExtraHost_True()
    {
        var trusted = new TrustedServiceUrls([" connector.test "]);

        Assert.True(trusted.IsTrusted(new Uri("https://connector.test/any/path")));
        Assert.False(trusted.IsTrusted(new Uri("http://connector.test/")));
    }

    [Fact]
    public void Register_AuthenticatedMode_TrustsSameSchemeHostAndPortOnly()
    {
        var trusted = new TrustedServiceUrls();

        trusted.Register(new Uri("https://eu.connector.example/teams/"));

        Assert.True(trusted.IsTrusted(new Uri("https://eu.connector.example/other/")));
        Assert.False(trusted.IsTrusted(new Uri("https://eu.connector.example:8443/teams/")));
        Assert.False(trusted.IsTrusted(new Uri("https://us.connector.example/teams/")));
    }

    [Fact]
    public void Register_PlainHttpRemote_Ignored()
    {
        var trusted = new TrustedServiceUrls();

        trusted.Register(new Uri("http://eu.connector.example/"));

        Assert.False(trusted.IsTrusted(new Uri("http://eu.connector.example/")));
    }

    [Fact]
    public void Register_LoopbackOnlyMode_IgnoresRemoteAndTrustsLoopback()
    {
        var trusted = new TrustedServiceUrls(registerLoopbackOnly: true);

        trusted.Register(new Uri("https://eu.connector.example/"));
        trusted.Register(new Uri("http://localhost:56150/_connector"));

        Assert.False(trusted.IsTrusted(new Uri("https://eu.connector.example/")));
        Assert.True(trusted.IsTrusted(new Uri("http://localhost:56150/_connector/v3/conversations")));
        Assert.False(trusted.IsTrusted(new Uri("http://localhost:9999/_connector")));
    }

    [Fact]
    public void Register_AfterTheCap_NewUrlsAreIgnored_RegisteredOnesStayTrusted()
    {
        var trusted = new TrustedServiceUrls();
        for (var i = 0; i < 1000; i++)
        {
            trusted.Register(new Uri($"https://region{i}.connector.example/"));
        }

        trusted.Register(new Uri("https://region0.connector.example/teams/"));
        trusted.Register(new Uri("https://one-too-many.connector.example/"));

        Assert.True(trusted.IsTrusted(new Uri("https://region0.connector.example/v3/conversations")));
        Assert.True(trusted.IsTrusted(new Uri("https://region999.connector.example/")));
        Assert.False(trusted.IsTrusted(new Uri("https://one-too-many.connector.example/")));
    }
}
