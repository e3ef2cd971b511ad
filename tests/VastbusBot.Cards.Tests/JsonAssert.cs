using System.Text.Json.Nodes;
using VastbusBot.Cards;

namespace VastbusBot.Cards.Tests;

/// <summary>Helpers that serialize through <see cref="CardJson"/> and compare JSON structurally.</summary>
internal static class JsonAssert
{
    public static JsonObject CardJsonObject(AdaptiveCard card) => JsonNode.Parse(CardJson.Serialize(card))!.AsObject();

    /// <summary>The JSON of one body element, as written inside a card.</summary>
    public static JsonObject ElementJson(CardElement element) =>
        CardJsonObject(new AdaptiveCard { Body = [element] })["body"]![0]!.AsObject();

    /// <summary>The JSON of one card-level action, as written inside a card.</summary>
    public static JsonObject ActionJson(CardAction action) =>
        CardJsonObject(new AdaptiveCard { Actions = [action] })["actions"]![0]!.AsObject();

    public static void Equal(string expectedJson, JsonNode? actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"JSON differs.\nExpected: {expected?.ToJsonString()}\nActual:   {actual?.ToJsonString()}");
    }
}
