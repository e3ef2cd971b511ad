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
    public static string TextOf(AdaptiveCard card)
    {
        var lines = new List<string>();
        Collect(JsonNode.Parse(CardJson.Serialize(card)), lines);
        return string.Join('\n', lines);
    }

    private static void Collect(JsonNode? node, List<string> lines)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, value) in o)
                {
                    Collect(value, lines);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, lines);
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                lines.Add(v.GetValue<string>());
                break;
        }
    }
}
