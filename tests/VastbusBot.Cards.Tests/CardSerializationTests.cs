using System.Text.Json;
using System.Text.Json.Nodes;
using VastbusBot.Cards;

namespace VastbusBot.Cards.Tests;

public sealed class CardSerializationTests
{
    [Fact]
    public void Serialize_EmptyCard_WritesTypeSchemaVersionAndEmptyBodyOnly()
    {
        var json = CardJson.Serialize(new AdaptiveCard());

        Assert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[]}""",
            json);
    }

    [Fact]
    public void Serialize_CardProperties_WritesSchemaNamesIncludingMsteams()
    {
        var card = new AdaptiveCard
        {
            Lang = "sv",
            FallbackText = "Kortet kan inte visas",
            Speak = "Hej",
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            VerticalContentAlignment = VerticalContentAlignment.Center,
            MinHeight = "200px",
            Refresh = new CardRefresh
            {
                Action = new ExecuteAction { Verb = "refresh" },
                UserIds = ["29:abc"],
            },
            Body = [new TextBlock { Text = "Hej" }],
            Actions = [new OpenUrlAction { Title = "Öppna", Url = "https://example.com" }],
        };

        JsonAssert.Equal(
            """
            {
              "type": "AdaptiveCard",
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "version": "1.5",
              "lang": "sv",
              "fallbackText": "Kortet kan inte visas",
              "speak": "Hej",
              "msteams": { "width": "Full" },
              "refresh": { "action": { "type": "Action.Execute", "verb": "refresh" }, "userIds": ["29:abc"] },
              "verticalContentAlignment": "center",
              "minHeight": "200px",
              "body": [{ "type": "TextBlock", "text": "Hej", "wrap": true }],
              "actions": [{ "type": "Action.OpenUrl", "title": "Öppna", "url": "https://example.com" }]
            }
            """,
            JsonAssert.CardJsonObject(card));
    }

    [Fact]
    public void Serialize_MsTeamsMentions_WritesMentionEntities()
    {
        var card = new AdaptiveCard
        {
            MsTeams = new TeamsCardProperties
            {
                Entities = [new CardMention("<at>Anna</at>", new CardMentionedUser("29:anna", "Anna Berg"))],
            },
        };

        JsonAssert.Equal(
            """{ "entities": [{ "type": "mention", "text": "<at>Anna</at>", "mentioned": { "id": "29:anna", "name": "Anna Berg" } }] }""",
            JsonAssert.CardJsonObject(card)["msteams"]);
    }

    [Fact]
    public void Serialize_CardInsideObjectWithDefaultOptions_StaysCanonical()
    {
        var card = SampleCards.Rich();
        var attachment = new { ContentType = AdaptiveCard.ContentType, Content = (object)card };

        // Default options: PascalCase names, nulls written, default escaping. The card must not care.
        var json = JsonSerializer.Serialize(attachment);

        var content = JsonNode.Parse(json)!["Content"];
        JsonAssert.Equal(CardJson.Serialize(card), content);
    }

    [Fact]
    public void ToJsonElement_Card_EqualsSerializedText()
    {
        var card = SampleCards.Rich();

        var element = CardJson.ToJsonElement(card);

        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        JsonAssert.Equal(CardJson.Serialize(card), JsonNode.Parse(element.GetRawText()));
    }

    [Fact]
    public void Serialize_EveryElement_WritesTypeAsFirstProperty()
    {
        var card = JsonAssert.CardJsonObject(SampleCards.Rich());

        var typedObjects = Descendants(card).OfType<JsonObject>().Where(o => o.ContainsKey("type")).ToList();

        Assert.NotEmpty(typedObjects);
        Assert.All(typedObjects, o => Assert.Equal("type", o.First().Key));
    }

    [Fact]
    public void Serialize_RichCard_WritesNoNulls()
    {
        var card = JsonAssert.CardJsonObject(SampleCards.Rich());

        // Action data may legitimately hold nulls; everything else must omit them.
        var nulls = Descendants(card).Where(n => n is null).ToList();

        Assert.Empty(nulls);
    }

    [Fact]
    public void Serialize_TextBlockWithDefaults_WritesTextAndWrapOnly()
    {
        JsonAssert.Equal(
            """{ "type": "TextBlock", "text": "Hej", "wrap": true }""",
            JsonAssert.ElementJson(new TextBlock { Text = "Hej" }));
    }

    [Fact]
    public void Serialize_TextBlockWithAllProperties_WritesCamelCaseNamesAndEnumStrings()
    {
        var block = new TextBlock
        {
            Id = "rubrik",
            Text = "Samordnad individuell plan",
            Wrap = false,
            Size = TextSize.ExtraLarge,
            Weight = TextWeight.Bolder,
            Color = TextColor.Attention,
            IsSubtle = true,
            MaxLines = 2,
            Style = TextBlockStyle.Heading,
            FontType = FontType.Monospace,
            Spacing = Spacing.ExtraLarge,
            Separator = true,
            IsVisible = false,
            HorizontalAlignment = HorizontalAlignment.Center,
            Height = "stretch",
        };

        JsonAssert.Equal(
            """
            {
              "type": "TextBlock", "id": "rubrik", "text": "Samordnad individuell plan", "wrap": false,
              "size": "extraLarge", "weight": "bolder", "color": "attention", "isSubtle": true, "maxLines": 2,
              "style": "heading", "fontType": "monospace", "spacing": "extraLarge", "separator": true,
              "isVisible": false, "horizontalAlignment": "center", "height": "stretch"
            }
            """,
            JsonAssert.ElementJson(block));
    }

    [Fact]
    public void Serialize_RichTextBlock_WritesTextRuns()
    {
        var block = new RichTextBlock
        {
            Inlines =
            [
                new TextRun { Text = "Viktigt: ", Weight = TextWeight.Bolder, Color = TextColor.Warning },
                new TextRun
                {
                    Text = "mötet flyttas",
                    Italic = true,
                    Underline = true,
                    Strikethrough = false,
                    Highlight = true,
                    IsSubtle = true,
                    Size = TextSize.Small,
                    FontType = FontType.Default,
                    SelectAction = new OpenUrlAction { Url = "https://example.com" },
                },
            ],
        };

        JsonAssert.Equal(
            """
            {
              "type": "RichTextBlock",
              "inlines": [
                { "type": "TextRun", "text": "Viktigt: ", "weight": "bolder", "color": "warning" },
                { "type": "TextRun", "text": "mötet flyttas", "italic": true, "underline": true, "strikethrough": false,
                  "highlight": true, "isSubtle": true, "size": "small", "fontType": "default",
                  "selectAction": { "type": "Action.OpenUrl", "url": "https://example.com" } }
              ]
            }
            """,
            JsonAssert.ElementJson(block));
    }

    [Fact]
    public void Serialize_Image_WritesUrlAltTextSizeAndPixelDimensions()
    {
        var image = new Image
        {
            Url = "https://example.com/logo.png",
            AltText = "Västbus logotyp",
            Size = ImageSize.Small,
            Style = ImageStyle.Person,
            Width = "48px",
            Height = "48px",
            BackgroundColor = "#FFFFFF",
            SelectAction = new ToggleVisibilityAction { TargetElements = ["detaljer"] },
        };

        JsonAssert.Equal(
            """
            {
              "type": "Image", "url": "https://example.com/logo.png", "altText": "Västbus logotyp", "size": "small",
              "style": "person", "width": "48px", "height": "48px", "backgroundColor": "#FFFFFF",
              "selectAction": { "type": "Action.ToggleVisibility", "targetElements": ["detaljer"] }
            }
            """,
            JsonAssert.ElementJson(image));
    }

    [Fact]
    public void Serialize_Container_WritesNestedItemsStyleBleedAndSelectAction()
    {
        var container = new Container
        {
            Style = ContainerStyle.Emphasis,
            Bleed = true,
            MinHeight = "80px",
            VerticalContentAlignment = VerticalContentAlignment.Bottom,
            SelectAction = new SubmitAction { Data = new Dictionary<string, object?> { ["verb"] = "open" } },
            Items = [new Container { Items = [new TextBlock { Text = "Inne" }] }],
        };

        JsonAssert.Equal(
            """
            {
              "type": "Container", "style": "emphasis", "bleed": true, "minHeight": "80px", "verticalContentAlignment": "bottom",
              "selectAction": { "type": "Action.Submit", "data": { "verb": "open" } },
              "items": [{ "type": "Container", "items": [{ "type": "TextBlock", "text": "Inne", "wrap": true }] }]
            }
            """,
            JsonAssert.ElementJson(container));
    }

    [Fact]
    public void Serialize_ColumnSet_WritesColumnsWithKeywordWeightAndPixelWidths()
    {
        var set = new ColumnSet
        {
            Style = ContainerStyle.Good,
            Columns =
            [
                new Column { Width = "auto", Items = [new TextBlock { Text = "A" }] },
                new Column { Width = ColumnWidth.Stretch, VerticalContentAlignment = VerticalContentAlignment.Center },
                new Column { Width = 2, Style = ContainerStyle.Accent },
                new Column { Width = "50px", Separator = true, Spacing = Spacing.None },
            ],
        };

        JsonAssert.Equal(
            """
            {
              "type": "ColumnSet", "style": "good",
              "columns": [
                { "type": "Column", "width": "auto", "items": [{ "type": "TextBlock", "text": "A", "wrap": true }] },
                { "type": "Column", "width": "stretch", "verticalContentAlignment": "center", "items": [] },
                { "type": "Column", "width": 2, "style": "accent", "items": [] },
                { "type": "Column", "width": "50px", "separator": true, "spacing": "none", "items": [] }
              ]
            }
            """,
            JsonAssert.ElementJson(set));
    }

    [Fact]
    public void Serialize_FactSet_WritesTitleValuePairs()
    {
        var facts = new FactSet { Facts = [new Fact("Ärende", "SIP-möte"), new Fact("Datum", "2025-03-01")] };

        JsonAssert.Equal(
            """{ "type": "FactSet", "facts": [{ "title": "Ärende", "value": "SIP-möte" }, { "title": "Datum", "value": "2025-03-01" }] }""",
            JsonAssert.ElementJson(facts));
    }

    [Fact]
    public void Serialize_ActionSet_WritesPolymorphicActions()
    {
        var set = new ActionSet
        {
            Actions = [new OpenUrlAction { Title = "Läs", Url = "https://example.com" }, new ExecuteAction { Title = "Boka", Verb = "book" }],
        };

        JsonAssert.Equal(
            """
            {
              "type": "ActionSet",
              "actions": [
                { "type": "Action.OpenUrl", "title": "Läs", "url": "https://example.com" },
                { "type": "Action.Execute", "title": "Boka", "verb": "book" }
              ]
            }
            """,
            JsonAssert.ElementJson(set));
    }

    [Fact]
    public void Serialize_Table_WritesColumnsRowsCellsAndBothHeaderSpellings()
    {
        var table = new Table
        {
            FirstRowAsHeader = true,
            ShowGridLines = false,
            GridStyle = ContainerStyle.Accent,
            HorizontalCellContentAlignment = HorizontalAlignment.Left,
            VerticalCellContentAlignment = VerticalContentAlignment.Top,
            Columns = [new TableColumnDefinition { Width = 1 }, new TableColumnDefinition { Width = "80px", HorizontalCellContentAlignment = HorizontalAlignment.Right }],
            Rows =
            [
                new TableRow
                {
                    Style = ContainerStyle.Emphasis,
                    Cells = [new TableCell { Items = [new TextBlock { Text = "Aktör" }] }, new TableCell { Style = ContainerStyle.Good }],
                },
            ],
        };

        JsonAssert.Equal(
            """
            {
              "type": "Table", "firstRowAsHeader": true, "firstRowAsHeaders": true, "showGridLines": false, "gridStyle": "accent",
              "horizontalCellContentAlignment": "left", "verticalCellContentAlignment": "top",
              "columns": [{ "width": 1 }, { "width": "80px", "horizontalCellContentAlignment": "right" }],
              "rows": [{
                "type": "TableRow", "style": "emphasis",
                "cells": [
                  { "type": "TableCell", "items": [{ "type": "TextBlock", "text": "Aktör", "wrap": true }] },
                  { "type": "TableCell", "style": "good", "items": [] }
                ]
              }]
            }
            """,
            JsonAssert.ElementJson(table));
    }

    [Fact]
    public void Serialize_TableWithoutHeaderSetting_OmitsBothSpellings()
    {
        var json = JsonAssert.ElementJson(new Table());

        Assert.False(json.ContainsKey("firstRowAsHeader"));
        Assert.False(json.ContainsKey("firstRowAsHeaders"));
    }

    [Fact]
    public void Serialize_InputText_WritesInputAndTextProperties()
    {
        var input = new InputText
        {
            Id = "kommentar",
            Label = "Kommentar",
            IsRequired = true,
            ErrorMessage = "Skriv en kommentar",
            Placeholder = "Skriv här",
            Value = "start",
            IsMultiline = true,
            MaxLength = 500,
            Regex = "^.+$",
            Style = TextInputStyle.Email,
            InlineAction = new SubmitAction { Title = "Skicka" },
        };

        JsonAssert.Equal(
            """
            {
              "type": "Input.Text", "id": "kommentar", "label": "Kommentar", "isRequired": true, "errorMessage": "Skriv en kommentar",
              "placeholder": "Skriv här", "value": "start", "isMultiline": true, "maxLength": 500, "regex": "^.+$", "style": "email",
              "inlineAction": { "type": "Action.Submit", "title": "Skicka" }
            }
            """,
            JsonAssert.ElementJson(input));
    }

    [Fact]
    public void Serialize_InputDateAndTime_WriteSchemaFormattedValues()
    {
        var date = new InputDate
        {
            Id = "datum",
            Label = "Datum",
            Value = CardValues.Date(new DateOnly(2025, 3, 1)),
            Min = "2025-01-01",
            Max = "2025-12-31",
            Placeholder = "Välj datum",
        };
        var time = new InputTime { Id = "tid", Label = "Tid", Value = CardValues.Time(new TimeOnly(9, 5)), Min = "08:00", Max = "17:00" };

        JsonAssert.Equal(
            """{ "type": "Input.Date", "id": "datum", "label": "Datum", "value": "2025-03-01", "min": "2025-01-01", "max": "2025-12-31", "placeholder": "Välj datum" }""",
            JsonAssert.ElementJson(date));
        JsonAssert.Equal(
            """{ "type": "Input.Time", "id": "tid", "label": "Tid", "value": "09:05", "min": "08:00", "max": "17:00" }""",
            JsonAssert.ElementJson(time));
    }

    [Fact]
    public void Serialize_InputNumberAndToggle_WriteNumbersAndToggleValues()
    {
        var number = new InputNumber { Id = "antal", Label = "Antal", Value = 3, Min = 1, Max = 10.5, Placeholder = "1–10" };
        var toggle = new InputToggle { Id = "samtycke", Label = "Samtycke", Title = "Jag samtycker", Value = "ja", ValueOn = "ja", ValueOff = "nej", Wrap = true };

        JsonAssert.Equal(
            """{ "type": "Input.Number", "id": "antal", "label": "Antal", "value": 3, "min": 1, "max": 10.5, "placeholder": "1–10" }""",
            JsonAssert.ElementJson(number));
        JsonAssert.Equal(
            """{ "type": "Input.Toggle", "id": "samtycke", "label": "Samtycke", "title": "Jag samtycker", "value": "ja", "valueOn": "ja", "valueOff": "nej", "wrap": true }""",
            JsonAssert.ElementJson(toggle));
    }

    [Fact]
    public void Serialize_InputChoiceSet_WritesChoicesAndStyle()
    {
        var choices = new InputChoiceSet
        {
            Id = "aktorer",
            Label = "Aktörer",
            Style = ChoiceInputStyle.Filtered,
            IsMultiSelect = true,
            Value = "skola,soc",
            Placeholder = "Välj",
            Wrap = true,
            Choices = [new Choice("Skola", "skola"), new Choice("Socialtjänst", "soc")],
        };

        JsonAssert.Equal(
            """
            {
              "type": "Input.ChoiceSet", "id": "aktorer", "label": "Aktörer", "style": "filtered", "isMultiSelect": true,
              "value": "skola,soc", "placeholder": "Välj", "wrap": true,
              "choices": [{ "title": "Skola", "value": "skola" }, { "title": "Socialtjänst", "value": "soc" }]
            }
            """,
            JsonAssert.ElementJson(choices));
    }

    [Fact]
    public void Serialize_ElementFallback_WritesDropOrElement()
    {
        var dropped = JsonAssert.ElementJson(new Table { Fallback = CardFallback.Drop });
        var replaced = JsonAssert.ElementJson(new Table { Fallback = new TextBlock { Text = "Tabellen kan inte visas" } });

        Assert.Equal("drop", dropped["fallback"]!.GetValue<string>());
        JsonAssert.Equal("""{ "type": "TextBlock", "text": "Tabellen kan inte visas", "wrap": true }""", replaced["fallback"]);
    }

    [Fact]
    public void Serialize_ActionBaseProperties_WritesThemAll()
    {
        var action = new SubmitAction
        {
            Id = "skicka",
            Title = "Skicka",
            IconUrl = "https://example.com/icon.png",
            Style = ActionStyle.Destructive,
            Mode = ActionMode.Secondary,
            Tooltip = "Skickar formuläret",
            IsEnabled = false,
            AssociatedInputs = AssociatedInputs.None,
            Data = new Dictionary<string, object?> { ["verb"] = "send", ["count"] = 2 },
            Fallback = CardFallback.Drop,
        };

        JsonAssert.Equal(
            """
            {
              "type": "Action.Submit", "id": "skicka", "title": "Skicka", "iconUrl": "https://example.com/icon.png",
              "style": "destructive", "mode": "secondary", "tooltip": "Skickar formuläret", "isEnabled": false,
              "associatedInputs": "none", "data": { "verb": "send", "count": 2 }, "fallback": "drop"
            }
            """,
            JsonAssert.ActionJson(action));
    }

    [Fact]
    public void Serialize_ExecuteAction_WritesVerbDataAndTypedFallback()
    {
        var action = new ExecuteAction
        {
            Title = "Boka",
            Verb = "book",
            AssociatedInputs = AssociatedInputs.Auto,
            Data = new JsonObject { ["caseId"] = "42" },
            Fallback = new SubmitAction { Title = "Boka", Data = new { Verb = "book" } },
        };

        JsonAssert.Equal(
            """
            {
              "type": "Action.Execute", "title": "Boka", "verb": "book", "associatedInputs": "auto", "data": { "caseId": "42" },
              "fallback": { "type": "Action.Submit", "title": "Boka", "data": { "verb": "book" } }
            }
            """,
            JsonAssert.ActionJson(action));
    }

    [Fact]
    public void Serialize_ShowCardAction_WritesNestedCard()
    {
        var action = new ShowCardAction { Title = "Mer", Card = new AdaptiveCard { Body = [new TextBlock { Text = "Detaljer" }] } };

        JsonAssert.Equal(
            """
            {
              "type": "Action.ShowCard", "title": "Mer",
              "card": { "type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.5",
                        "body": [{ "type": "TextBlock", "text": "Detaljer", "wrap": true }] }
            }
            """,
            JsonAssert.ActionJson(action));
    }

    [Fact]
    public void Serialize_ToggleVisibilityAction_WritesIdsAndExplicitTargets()
    {
        var action = new ToggleVisibilityAction
        {
            Title = "Visa",
            TargetElements = ["detaljer", new TargetElement("sammanfattning", IsVisible: false)],
        };

        JsonAssert.Equal(
            """
            {
              "type": "Action.ToggleVisibility", "title": "Visa",
              "targetElements": ["detaljer", { "elementId": "sammanfattning", "isVisible": false }]
            }
            """,
            JsonAssert.ActionJson(action));
    }

    [Theory]
    [InlineData(Spacing.None, "none")]
    [InlineData(Spacing.ExtraLarge, "extraLarge")]
    [InlineData(Spacing.Padding, "padding")]
    [InlineData(TextSize.ExtraLarge, "extraLarge")]
    [InlineData(TextSize.Default, "default")]
    [InlineData(TextWeight.Lighter, "lighter")]
    [InlineData(TextWeight.Bolder, "bolder")]
    [InlineData(TextColor.Accent, "accent")]
    [InlineData(TextColor.Attention, "attention")]
    [InlineData(ContainerStyle.Emphasis, "emphasis")]
    [InlineData(ContainerStyle.Warning, "warning")]
    [InlineData(HorizontalAlignment.Right, "right")]
    [InlineData(VerticalContentAlignment.Bottom, "bottom")]
    [InlineData(ImageSize.Stretch, "stretch")]
    [InlineData(ActionStyle.Positive, "positive")]
    [InlineData(ActionMode.Primary, "primary")]
    [InlineData(AssociatedInputs.None, "none")]
    [InlineData(TextInputStyle.Password, "password")]
    [InlineData(ChoiceInputStyle.Expanded, "expanded")]
    [InlineData(TextBlockStyle.Heading, "heading")]
    [InlineData(FontType.Monospace, "monospace")]
    [InlineData(TeamsCardWidth.Full, "Full")]
    public void Serialize_EnumWithAnyOptions_WritesSchemaString(object value, string expected)
    {
        // Default options: the strings come from the enums' own converters, not from CardJson.Options.
        var json = JsonSerializer.Serialize(value, value.GetType());

        Assert.Equal($"\"{expected}\"", json);
    }

    [Fact]
    public void Deserialize_SerializedRichCard_RoundTripsToSameJson()
    {
        var json = CardJson.Serialize(SampleCards.Rich());

        var card = CardJson.Deserialize(json);

        JsonAssert.Equal(json, JsonNode.Parse(CardJson.Serialize(card)));
        Assert.IsType<ExecuteAction>(card.Refresh!.Action);
        Assert.Contains(card.Body, e => e is Table);
    }

    [Fact]
    public void Deserialize_UnknownElementType_ThrowsJsonException()
    {
        const string Json = """{ "type": "AdaptiveCard", "version": "1.5", "body": [{ "type": "Carousel" }] }""";

        var error = Assert.Throws<JsonException>(() => CardJson.Deserialize(Json));

        Assert.Contains("Carousel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AreReadOnly()
    {
        Assert.True(CardJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => CardJson.Options.WriteIndented = true);
    }

    private static IEnumerable<JsonNode?> Descendants(JsonNode? node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o when !IsActionData(o) => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    // Do not descend into action data: it is the caller's payload.
    private static bool IsActionData(JsonObject o) => o.Parent is JsonObject parent && parent["data"] == o;
}
