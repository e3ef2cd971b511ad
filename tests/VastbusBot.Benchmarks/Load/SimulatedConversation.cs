using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace VastbusBot.Benchmarks.Load;

/// <summary>
/// One simulated Teams personal chat: its own conversation, user and ids, and the inbound activities Teams would
/// post for it (an app install, then messages), serialized the way the Bot Connector sends them.
/// </summary>
internal sealed class SimulatedConversation
{
    private readonly string _serviceUrl;
    private readonly string _tenantId;
    private readonly string _botId;
    private readonly string _userId;
    private readonly string _userAadObjectId;
    private readonly string _userName;
    private long _nextActivityId;

    public SimulatedConversation(int index, Uri serviceUrl, string tenantId, string botId)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        _serviceUrl = serviceUrl.ToString();
        _tenantId = tenantId;
        _botId = botId;
        Index = index;
        // Teams-shaped ids: "a:1…" for a personal chat, "29:1…" for a user's channel account.
        ConversationId = "a:1" + RandomToken(64);
        _userId = "29:1" + RandomToken(64);
        _userAadObjectId = Guid.NewGuid().ToString();
        _userName = string.Create(CultureInfo.InvariantCulture, $"Testanvändare {index + 1}");
        _nextActivityId = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000 + index;
    }

    public int Index { get; }

    public string ConversationId { get; }

    /// <summary>What Teams sends when the user adds the app: the bot answers it with the welcome card.</summary>
    public byte[] InstallationUpdate() => Write(w =>
    {
        w.WriteString("type", "installationUpdate");
        w.WriteString("action", "add");
    });

    /// <summary>A plain text message from the user.</summary>
    public byte[] Message(string text) => Write(w =>
    {
        w.WriteString("type", "message");
        w.WriteString("text", text);
        w.WriteString("textFormat", "plain");
        w.WriteStartArray("attachments");
        w.WriteEndArray();
    });

    private byte[] Write(Action<Utf8JsonWriter> typeSpecific)
    {
        var now = DateTimeOffset.UtcNow;
        using var buffer = new MemoryStream(2048);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            typeSpecific(w);
            w.WriteString("id", (++_nextActivityId).ToString(CultureInfo.InvariantCulture));
            w.WriteString("timestamp", now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            w.WriteString("localTimestamp", now.ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));
            w.WriteString("localTimezone", "Europe/Stockholm");
            w.WriteString("serviceUrl", _serviceUrl);
            w.WriteString("channelId", "msteams");

            w.WriteStartObject("from");
            w.WriteString("id", _userId);
            w.WriteString("name", _userName);
            w.WriteString("aadObjectId", _userAadObjectId);
            w.WriteEndObject();

            w.WriteStartObject("conversation");
            w.WriteString("conversationType", "personal");
            w.WriteString("tenantId", _tenantId);
            w.WriteString("id", ConversationId);
            w.WriteEndObject();

            w.WriteStartObject("recipient");
            w.WriteString("id", _botId);
            w.WriteString("name", "VastbusBot");
            w.WriteEndObject();

            w.WriteStartArray("entities");
            w.WriteStartObject();
            w.WriteString("locale", "sv-SE");
            w.WriteString("country", "SE");
            w.WriteString("platform", "Web");
            w.WriteString("timezone", "Europe/Stockholm");
            w.WriteString("type", "clientInfo");
            w.WriteEndObject();
            w.WriteEndArray();

            w.WriteStartObject("channelData");
            w.WriteStartObject("tenant");
            w.WriteString("id", _tenantId);
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteString("locale", "sv-SE");
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string RandomToken(int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return RandomNumberGenerator.GetString(alphabet, length);
    }
}
