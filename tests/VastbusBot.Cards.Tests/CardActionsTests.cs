using System.Text.Json.Nodes;
using VastbusBot.Cards;

namespace VastbusBot.Cards.Tests;

public sealed class CardActionsTests
{
    [Fact]
    public void Execute_WithData_AddsVerbToExecuteData()
    {
        var action = CardActions.Execute("Boka", "sip.book", new Dictionary<string, object?> { ["caseId"] = "42" });

        Assert.Equal("sip.book", action.Verb);
        var data = Assert.IsType<Dictionary<string, object?>>(action.Data);
        Assert.Equal("42", data["caseId"]);
        Assert.Equal("sip.book", data[CardActions.VerbKey]);
    }

    [Fact]
    public void Execute_Always_HasSubmitFallbackWithSameTitleStyleAndDataPlusVerb()
    {
        var action = CardActions.Execute("Boka", "sip.book", new Dictionary<string, object?> { ["caseId"] = "42" }, ActionStyle.Positive);

        JsonAssert.Equal(
            """
            {
              "type": "Action.Execute", "title": "Boka", "style": "positive", "verb": "sip.book",
              "data": { "caseId": "42", "verb": "sip.book" },
              "fallback": { "type": "Action.Submit", "title": "Boka", "style": "positive", "data": { "caseId": "42", "verb": "sip.book" } }
            }
            """,
            JsonAssert.ActionJson(action));
    }

    [Fact]
    public void Execute_WithoutData_DataHoldsOnlyVerb()
    {
        var action = JsonAssert.ActionJson(CardActions.Execute("Uppdatera", "refresh"));

        JsonAssert.Equal("""{ "verb": "refresh" }""", action["data"]);
        JsonAssert.Equal("""{ "verb": "refresh" }""", action["fallback"]!["data"]);
        Assert.False(action.ContainsKey("style"));
    }

    [Fact]
    public void Execute_DataWithSameVerb_IsAccepted()
    {
        var action = CardActions.Execute("Boka", "book", new Dictionary<string, object?> { ["verb"] = "book" });

        Assert.Equal("book", ((Dictionary<string, object?>)action.Data!)["verb"]);
    }

    [Fact]
    public void Execute_DataWithDifferentVerb_Throws()
    {
        var data = new Dictionary<string, object?> { ["verb"] = "other" };

        var error = Assert.Throws<ArgumentException>(() => CardActions.Execute("Boka", "book", data));

        Assert.Equal("data", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Execute_BlankVerb_Throws(string verb)
    {
        Assert.Throws<ArgumentException>(() => CardActions.Execute("Boka", verb));
    }

    [Fact]
    public void Execute_BlankTitle_Throws()
    {
        Assert.Throws<ArgumentException>(() => CardActions.Execute(" ", "book"));
    }

    [Fact]
    public void Execute_CallerData_IsCopiedNotShared()
    {
        var callerData = new Dictionary<string, object?> { ["caseId"] = "42" };

        var action = CardActions.Execute("Boka", "book", callerData);
        ((Dictionary<string, object?>)action.Data!)["caseId"] = "changed";

        Assert.False(callerData.ContainsKey("verb"));
        Assert.Equal("42", callerData["caseId"]);
        var fallback = Assert.IsType<SubmitAction>(action.Fallback);
        Assert.Equal("42", ((Dictionary<string, object?>)fallback.Data!)["caseId"]);
    }

    [Fact]
    public void Submit_WithData_AddsVerb()
    {
        var action = JsonAssert.ActionJson(CardActions.Submit("Skicka", "form.send", new Dictionary<string, object?> { ["step"] = 2 }));

        JsonAssert.Equal("""{ "type": "Action.Submit", "title": "Skicka", "data": { "step": 2, "verb": "form.send" } }""", action);
    }

    [Fact]
    public void Execute_NestedJsonData_IsWrittenAsJson()
    {
        var data = new Dictionary<string, object?> { ["slot"] = new JsonObject { ["start"] = "09:00" }, ["ids"] = new[] { 1, 2 } };

        var action = JsonAssert.ActionJson(CardActions.Execute("Välj", "slot.pick", data));

        JsonAssert.Equal("""{ "slot": { "start": "09:00" }, "ids": [1, 2], "verb": "slot.pick" }""", action["data"]);
    }
}
