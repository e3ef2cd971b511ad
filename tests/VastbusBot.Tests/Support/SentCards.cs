using System.Text.Json;
using System.Text.Json.Nodes;
using VastbusBot.Cards;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Tests.Support;

/// <summary>Reads the Adaptive Card an activity carries, as the object and as unescaped JSON text for assertions.</summary>
internal static class SentCards
{
    public static AdaptiveCard CardOf(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return Assert.IsType<AdaptiveCard>(attachment.Content);
    }

    public static string TextOf(Activity activity) => TextOf(CardOf(activity));

    /// <summary>Every string value in the card's JSON (texts, titles, fact values, button data), one per line.</summary>
    public static string TextOf(AdaptiveCard card) => StringsOf(JsonNode.Parse(CardJson.Serialize(card)));

    /// <summary>Every string value under <paramref name="node"/>, one per line, except under <paramref name="skipKeys"/>.</summary>
    public static string StringsOf(JsonNode? node, IReadOnlySet<string>? skipKeys = null)
    {
        var lines = new List<string>();
        Collect(node, lines, skipKeys);
        return string.Join('\n', lines);
    }

    private static void Collect(JsonNode? node, List<string> lines, IReadOnlySet<string>? skipKeys)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (skipKeys?.Contains(key) != true)
                    {
                        Collect(value, lines, skipKeys);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, lines, skipKeys);
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                lines.Add(v.GetValue<string>());
                break;
        }
    }
}
