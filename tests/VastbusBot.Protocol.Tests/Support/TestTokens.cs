using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace VastbusBot.Protocol.Tests.Support;

/// <summary>A local stand-in for login.botframework.com: RSA keys, their JWKS and tokens signed with them.</summary>
public sealed class TestTokens : IDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string JwksUrl = "https://login.test/v1/.well-known/keys";

    private readonly List<RSA> _rsas = [];

    public TestTokens()
    {
        SigningKey = CreateKey("key-1");
    }

    /// <summary>The key published in the JWKS with <c>endorsements: ["msteams"]</c>.</summary>
    public RsaSecurityKey SigningKey { get; }

    public RsaSecurityKey CreateKey(string keyId)
    {
        var rsa = RSA.Create(2048);
        _rsas.Add(rsa);
        return new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    /// <summary>A JWKS document containing the given keys, each endorsing the given channels.</summary>
    public static string Jwks(params (RsaSecurityKey Key, string[] Endorsements)[] keys)
    {
        var array = new JsonArray();
        foreach (var (key, endorsements) in keys)
        {
            var parameters = key.Rsa.ExportParameters(false);
            array.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode?)JsonValue.Create(e))]),
            });
        }

        return new JsonObject { ["keys"] = array }.ToJsonString();
    }

    public static string Metadata(string jwksUri = JwksUrl) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = "https://invalid.botframework.com",
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    });

    /// <summary>A token as the Bot Connector sends it; every part can be overridden.</summary>
    public string Create(
        SecurityKey? key = null,
        string issuer = Issuer,
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var nbf = notBefore ?? now.AddMinutes(-1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            NotBefore = nbf,
            IssuedAt = nbf,
            Expires = expires ?? now.AddMinutes(60),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public void Dispose()
    {
        foreach (var rsa in _rsas)
        {
            rsa.Dispose();
        }
    }
}
