using System.Reflection;
using System.Text.Json.Nodes;
using VastbusBot.Cards;
using VastbusBot.Testing;

namespace VastbusBot.Cards.Tests;

/// <summary>Runs cards through tests/tools/validate-cards.mjs (the adaptivecards npm library, schema 1.5).</summary>
public sealed class CardValidatorTests
{
    [Fact]
    public async Task Validate_RichSampleCard_HasNoIssues()
    {
        var issues = await AdaptiveCardValidator.ValidateAsync(CardJson.Serialize(SampleCards.Rich()));

        Assert.Empty(issues);
    }

    [Fact]
    public void RichSampleCard_UsesEveryElementAndActionType()
    {
        var usedTypes = Types(JsonAssert.CardJsonObject(SampleCards.Rich())).ToHashSet(StringComparer.Ordinal);
        var modelTypes = typeof(AdaptiveCard).Assembly.GetExportedTypes()
            .Select(t => t.GetField("TypeName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string)
            .OfType<string>()
            .ToList();

        Assert.True(modelTypes.Count >= 24, $"Only {modelTypes.Count} model types found");
        Assert.All(modelTypes, t => Assert.Contains(t, usedTypes));
    }

    [Fact]
    public async Task Validate_SeveralCards_ReportsEachByName()
    {
        var broken = JsonAssert.CardJsonObject(new AdaptiveCard { Version = "9.9" }).ToJsonString();

        var result = await AdaptiveCardValidator.ValidateAsync(new Dictionary<string, string>
        {
            ["bra kort"] = CardJson.Serialize(SampleCards.Rich()),
            ["trasigt/kort"] = broken,
        });

        Assert.Equal(2, result.Count);
        Assert.Empty(result["bra kort"]);
        Assert.NotEmpty(result["trasigt/kort"]);
    }

    [Fact]
    public async Task Validate_UnknownElementType_IsReported()
    {
        var card = RichCardJson();
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "FancyChart", ["text"] = "x" });

        var issues = await AdaptiveCardValidator.ValidateAsync(card.ToJsonString());

        Assert.Contains(issues, i => i.Contains("Unknown element type \"FancyChart\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_ExecuteActionWithoutVerb_IsReported()
    {
        var card = RichCardJson();
        var execute = Objects(card).First(o => (string?)o["type"] == ExecuteAction.TypeName && o.ContainsKey("verb"));
        execute.Remove("verb");

        var issues = await AdaptiveCardValidator.ValidateAsync(card.ToJsonString());

        Assert.Contains(issues, i => i.Contains("Action.Execute must have a non-empty verb", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("9.9")]
    [InlineData("1.6")]
    [InlineData("2.0")]
    public async Task Validate_VersionNewerThan15_IsReported(string version)
    {
        var card = SampleCards.Rich();
        card.Version = version;

        var issues = await AdaptiveCardValidator.ValidateAsync(CardJson.Serialize(card));

        Assert.Contains(issues, i => i.Contains($"version {version} is newer than 1.5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_UnknownPropertyTypo_IsReported()
    {
        var card = RichCardJson();
        card["body"]![0]!["wieght"] = "bolder";

        var issues = await AdaptiveCardValidator.ValidateAsync(card.ToJsonString());

        Assert.Contains(issues, i => i.Contains("/body/0 (TextBlock): unknown property \"wieght\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_InvalidEnumValue_IsReported()
    {
        var card = RichCardJson();
        card["body"]![0]!["size"] = "huge";

        var issues = await AdaptiveCardValidator.ValidateAsync(card.ToJsonString());

        Assert.Contains(issues, i => i.Contains("Invalid value \"huge\" for property \"size\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_InputWithoutId_IsReported()
    {
        var card = new AdaptiveCard { Body = [new InputText { Label = "Namn" }] };

        var issues = await AdaptiveCardValidator.ValidateAsync(CardJson.Serialize(card));

        Assert.Contains(issues, i => i.Contains("Input.Text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_SubmitWithStringData_IsReported()
    {
        var card = new AdaptiveCard { Actions = [new SubmitAction { Title = "Skicka", Data = "bara text" }] };

        var issues = await AdaptiveCardValidator.ValidateAsync(CardJson.Serialize(card));

        Assert.Contains(issues, i => i.Contains("data must be a JSON object", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_BrokenFallbackAction_IsReported()
    {
        // The library parses a fallback only when it is needed; the script checks it anyway.
        var card = new AdaptiveCard
        {
            Actions = [new ExecuteAction { Title = "Boka", Verb = "book", Fallback = new OpenUrlAction { Title = "Boka" } }],
        };

        var issues = await AdaptiveCardValidator.ValidateAsync(CardJson.Serialize(card));

        Assert.Contains(issues, i => i.Contains("/actions/0/fallback (Action.OpenUrl)", StringComparison.Ordinal) && i.Contains("url", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_FallbackStringOtherThanDrop_IsReported()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "x", Fallback = "hide" }] };

        var issues = await AdaptiveCardValidator.ValidateAsync(CardJson.Serialize(card));

        Assert.Contains(issues, i => i.Contains("fallback must be an object or \"drop\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_InvalidJson_IsReported()
    {
        var issues = await AdaptiveCardValidator.ValidateAsync("{ \"type\": ");

        Assert.Contains(issues, i => i.StartsWith("invalid JSON", StringComparison.Ordinal));
    }

    private static JsonObject RichCardJson() => JsonAssert.CardJsonObject(SampleCards.Rich());

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.SelectMany(p => Objects(p.Value))],
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    private static IEnumerable<string> Types(JsonNode node) =>
        Objects(node).Select(o => o["type"]).OfType<JsonValue>().Select(v => v.GetValue<string>());
}
