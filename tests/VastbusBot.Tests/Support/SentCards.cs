using System.Text.Json;
using System.Text.Json.Nodes;
using VastbusBot.Cards;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Tests.Support;

/// <summary>Reads the Adaptive Card an activity carries, as the object and as unescaped JSON text for assertions.</summary>
internal static class SentCards
{
    /// <summary>
    /// The card the activity carries, after checking that the JSON the connector client would send for the attachment
    /// is that card's JSON (a sent card is a <see cref="SerializedCard"/>, an updated one may be the card itself).
    /// </summary>
    public static AdaptiveCard CardOf(Activity activity)
    {
        var (card, wire) = Read(activity);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(CardJson.Serialize(card)), wire), "The attachment's JSON is not its card's JSON.");
        return card;
    }

    /// <summary>The card's JSON exactly as the connector client writes it into the activity.</summary>
    public static JsonNode WireJsonOf(Activity activity) => Read(activity).Wire;

    /// <summary>Every string value of the card as sent, one per line.</summary>
    public static string TextOf(Activity activity) => StringsOf(WireJsonOf(activity));

    /// <summary>Every string value in the card's JSON (texts, titles, fact values, button data), one per line.</summary>
    public static string TextOf(AdaptiveCard card) => StringsOf(JsonNode.Parse(CardJson.Serialize(card)));

    /// <summary>
    /// Every string value under <paramref name="node"/>, one per line, except under <paramref name="skipKeys"/> and in
    /// elements whose <c>id</c> is one of <paramref name="skipIds"/>.
    /// </summary>
    public static string StringsOf(JsonNode? node, IReadOnlySet<string>? skipKeys = null, IReadOnlySet<string>? skipIds = null)
    {
        var lines = new List<string>();
        Collect(node, lines, skipKeys, skipIds);
        return string.Join('\n', lines);
    }

    private static (AdaptiveCard Card, JsonNode Wire) Read(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        var card = attachment.Content switch
        {
            SerializedCard serialized => serialized.Card,
            AdaptiveCard plain => plain,
            var other => throw new Xunit.Sdk.XunitException($"The attachment's content is a {other?.GetType().Name ?? "null"}, not a card."),
        };

        // The content as it goes into the activity's body (ConnectorClient serializes it with ProtocolJson.Options).
        var body = JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options))!;
        return (card, body["attachments"]![0]!["content"]!);
    }

    private static void Collect(JsonNode? node, List<string> lines, IReadOnlySet<string>? skipKeys, IReadOnlySet<string>? skipIds)
    {
        switch (node)
        {
            case JsonObject o when skipIds is not null && o["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String && skipIds.Contains(id.GetValue<string>()):
                break;
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (skipKeys?.Contains(key) != true)
                    {
                        Collect(value, lines, skipKeys, skipIds);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, lines, skipKeys, skipIds);
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                lines.Add(v.GetValue<string>());
                break;
        }
    }
}
