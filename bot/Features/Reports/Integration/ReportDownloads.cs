using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace VastbusBot.Features.Reports.Integration;

/// <summary>Settings of the report download links (<c>Reports</c> section).</summary>
public sealed class ReportDownloadOptions
{
    public const string SectionName = "Reports";

    /// <summary>The bot's public base address (e.g. <c>https://vastbus.example.se</c>); the links point there.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Base64 HMAC key (at least 32 bytes) shared by all instances. Without it, a per-process key is used.</summary>
    public string? DownloadSigningKey { get; set; }

    /// <summary>How long a link works.</summary>
    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Keeps exported .docx files in Blob storage and hands out short-lived signed links to
/// <c>/api/reports/download/{token}</c>. The token is <c>{blob}.{expiry}.{hmac}</c> (base64url HMAC-SHA256 over
/// blob and expiry), so it cannot be altered or extended; the blob name is random, so it cannot be guessed either.
/// </summary>
public sealed partial class ReportDownloads
{
    public const string RoutePrefix = "/api/reports/download/";

    private readonly Lazy<BlobContainerClient> _container;
    private readonly IOptionsMonitor<ReportDownloadOptions> _options;
    private readonly TimeProvider _time;
    private readonly byte[] _key;
    private int _created;

    /// <param name="container">Made on first use, so a host without blob storage still handles every other card.</param>
    public ReportDownloads(Func<BlobContainerClient> container, IOptionsMonitor<ReportDownloadOptions> options, TimeProvider time, ILogger<ReportDownloads> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _container = new Lazy<BlobContainerClient>(container);
        _options = options;
        _time = time;
        var configured = options.CurrentValue.DownloadSigningKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            LogEphemeralKey(logger);
            _key = RandomNumberGenerator.GetBytes(32);
        }
        else
        {
            _key = Convert.FromBase64String(configured);
            if (_key.Length < 32)
            {
                throw new InvalidOperationException("Reports:DownloadSigningKey must be at least 32 bytes (base64).");
            }
        }
    }

    /// <summary>Stores the file and returns the signed relative path (<c>/api/reports/download/…</c>).</summary>
    public async Task<string> StoreAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Volatile.Read(ref _created) == 0)
        {
            // Idempotent, so two first exports at once are harmless; a failure is retried on the next export.
            await _container.Value.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _created, 1);
        }

        var blobName = Guid.NewGuid().ToString("N");
        var blob = _container.Value.GetBlobClient(blobName);
        await blob.UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = ReportDocxWriter.ContentType },
                Metadata = new Dictionary<string, string> { ["filename"] = Uri.EscapeDataString(fileName) },
            },
            cancellationToken);
        var expires = _time.GetUtcNow().Add(_options.CurrentValue.DownloadLinkLifetime).ToUnixTimeSeconds();
        return RoutePrefix + Sign(blobName, expires);
    }

    /// <summary>The absolute link for <paramref name="path"/>, on <c>Reports:PublicBaseUrl</c> or else <paramref name="fallbackBase"/>.</summary>
    public Uri Absolute(string path, Uri? fallbackBase)
    {
        var baseUri = _options.CurrentValue.PublicBaseUrl ?? fallbackBase
            ?? throw new InvalidOperationException("Set Reports:PublicBaseUrl so report download links can be built.");
        return new Uri(baseUri, path);
    }

    /// <summary>The file for a token, or null when the token is malformed, tampered with, expired or the file is gone.</summary>
    public async Task<(string FileName, BinaryData Content)?> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (Verify(token) is not { } blobName)
        {
            return null;
        }

        try
        {
            var result = await _container.Value.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
            var name = result.Value.Details.Metadata.TryGetValue("filename", out var n) ? Uri.UnescapeDataString(n) : "report.docx";
            return (name, result.Value.Content);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    internal string Sign(string blobName, long expiresUnix)
    {
        var payload = blobName + "." + expiresUnix.ToString(CultureInfo.InvariantCulture);
        return payload + "." + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(payload)));
    }

    /// <summary>The blob name when the token is genuine and not expired.</summary>
    internal string? Verify(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts[0].Length != 32 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }

        byte[] given;
        try
        {
            given = WebEncoders.Base64UrlDecode(parts[2]);
        }
        catch (FormatException)
        {
            return null;
        }

        var expected = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return null;
        }

        return _time.GetUtcNow().ToUnixTimeSeconds() < expires && parts[0].All(char.IsAsciiHexDigitLower) ? parts[0] : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reports:DownloadSigningKey is not set: download links use a per-process key and work only on the instance that made them")]
    private static partial void LogEphemeralKey(ILogger logger);
}
