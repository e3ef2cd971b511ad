using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace VastbusBot.Testing;

/// <summary>
/// Plays the Bot Framework token service locally: an RSA key published as a JWKS with channel endorsements, and
/// RS256 tokens signed with it, so the production validation code runs unchanged in tests.
/// </summary>
public sealed class TestTokenIssuer : IDisposable
{
    public const string DefaultIssuer = "https://api.botframework.com";

    private readonly RSA _rsa = RSA.Create(2048);

    public TestTokenIssuer(string keyId = "test-key", params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements.Length == 0 ? ["msteams"] : endorsements;
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public RsaSecurityKey SigningKey { get; }

    /// <summary>The JWKS document: <c>{"keys":[{kty,use,kid,n,e,endorsements}]}</c>.</summary>
    public string JwksJson()
    {
        var p = _rsa.ExportParameters(includePrivateParameters: false);
        var key = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus!),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent!),
            ["endorsements"] = Endorsements,
        };
        return JsonSerializer.Serialize(new { keys = new[] { key } });
    }

    /// <summary>The OpenID configuration document pointing at <paramref name="jwksUri"/>.</summary>
    public static string OpenIdConfigurationJson(string issuer, Uri jwksUri) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = jwksUri.ToString(),
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    });

    /// <summary>A token as the Bot Connector would send it to the bot.</summary>
    public string CreateToken(
        string audience,
        string? serviceUrl,
        string issuer = DefaultIssuer,
        DateTime? notBefore = null,
        DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(30),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)),
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public void Dispose() => _rsa.Dispose();
}
