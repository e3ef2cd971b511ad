using System.Text.Json;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Tests.Schema;

public sealed class InvokeTests
{
    private static Activity Invoke(string valueJson, string name = "adaptiveCard/action") => new()
    {
        Type = ActivityTypes.Invoke,
        Name = name,
        Value = JsonDocument.Parse(valueJson).RootElement.Clone(),
    };

    [Fact]
    public void TryParse_TeamsExecute_ReadsActionAndTrigger()
    {
        var activity = Invoke("""{"action":{"type":"Action.Execute","id":"a1","verb":"save","data":{"note":"x"}},"trigger":"manual"}""");

        Assert.True(AdaptiveCardInvokeValue.TryParse(activity, out var value));
        Assert.Equal("Action.Execute", value.Action!.Type);
        Assert.Equal("a1", value.Action.Id);
        Assert.Equal("save", value.Action.Verb);
        Assert.Equal("x", value.Action.Data!.Value.GetProperty("note").GetString());
        Assert.Equal("manual", value.Trigger);
    }

    [Fact]
    public void TryParse_PlaygroundExecuteWithoutTrigger_Parsed()
    {
        var activity = Invoke("""{"action":{"type":"Action.Execute","title":"Save","verb":"save","data":{"k":"exec"}}}""");

        Assert.True(AdaptiveCardInvokeValue.TryParse(activity, out var value));
        Assert.Null(value.Trigger);
        Assert.Equal("save", value.Action!.Verb);
    }

    [Theory]
    [InlineData("task/fetch", """{"data":{}}""")]
    [InlineData("adaptiveCard/action", "\"text\"")]
    [InlineData("adaptiveCard/action", """{"action":"not-an-object"}""")]
    public void TryParse_OtherInvokeOrBadValue_False(string name, string value)
    {
        Assert.False(AdaptiveCardInvokeValue.TryParse(Invoke(value, name), out _));
    }

    [Fact]
    public void TryParse_MessageActivity_False()
    {
        Assert.False(AdaptiveCardInvokeValue.TryParse(Activity.CreateMessage("x"), out _));
    }

    [Fact]
    public void CardResponse_Serialized_TeamsShape()
    {
        var response = AdaptiveCardInvokeResponse.Card(new { type = "AdaptiveCard" }).ToInvokeResponse();

        Assert.Equal(200, response.Status);
        Assert.Equal(
            """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard"}}""",
            JsonSerializer.Serialize(response.Body, response.Body!.GetType(), ProtocolJson.Options));
    }

    [Fact]
    public void MessageResponse_Serialized_TeamsShape()
    {
        var body = AdaptiveCardInvokeResponse.Message("Sparat");

        Assert.Equal(
            """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Sparat"}""",
            JsonSerializer.Serialize(body, ProtocolJson.Options));
    }

    [Fact]
    public void ErrorResponse_Serialized_CodeAndMessage()
    {
        var body = AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Fel i formuläret");

        Assert.Equal(
            """{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadRequest","message":"Fel i formuläret"}}""",
            JsonSerializer.Serialize(body, ProtocolJson.Options));
        Assert.Equal(200, body.ToInvokeResponse().Status);
    }
}
