using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using VastbusBot.Cards;

namespace VastbusBot.Cards.Tests;

public sealed class SerializedCardTests
{
    [Fact]
    public void Create_RichCard_HoldsItsCanonicalJsonAndTheBudgetsMeasure()
    {
        var card = SampleCards.Rich();

        var serialized = SerializedCard.Create(card);

        Assert.Same(card, serialized.Card);
        Assert.Equal(CardJson.Serialize(card), Encoding.UTF8.GetString(serialized.Utf8Json.Span));
        Assert.Equal(CardBudget.MeasureBytes(card), serialized.MeasuredBytes);
    }

    [Fact]
    public void MeasureUtf8JsonBytes_NonAsciiAndSurrogatePairs_CountsUtf16UnitsTwice()
    {
        const string json = "{\"text\":\"Åsa på väg 😀\"}";

        var bytes = CardBudget.MeasureUtf8JsonBytes(Encoding.UTF8.GetBytes(json));

        Assert.Equal(json.Length * 2, bytes);
    }

    [Fact]
    public void Create_CardOverBudget_ThrowsWithTheSameFiguresAsTheBudget()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = new string('x', CardBudget.MaxBytes / 2) }] };

        var error = Assert.Throws<CardTooLargeException>(() => SerializedCard.Create(card));

        Assert.Equal(CardBudget.MeasureBytes(card), error.MeasuredBytes);
        Assert.Equal(CardBudget.MaxBytes, error.MaxBytes);
        Assert.True(error.MeasuredBytes > error.MaxBytes);
    }

    [Fact]
    public void Create_ExactlyAtLimit_DoesNotThrow_OneCharacterLess_Throws()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Hej" }] };
        var size = CardBudget.MeasureBytes(card);

        Assert.Equal(size, SerializedCard.Create(card, size).MeasuredBytes);
        Assert.Throws<CardTooLargeException>(() => SerializedCard.Create(card, size - 2));
    }

    [Fact]
    public void InsideAnyObject_WritesExactlyItsStoredBytes_WhateverTheCallersOptions()
    {
        var card = SampleCards.Rich();
        var serialized = SerializedCard.Create(card);
        var relaxed = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

        var json = JsonSerializer.Serialize(new { attachments = new object[] { new { contentType = AdaptiveCard.ContentType, content = serialized } } }, relaxed);

        var content = JsonNode.Parse(json)!["attachments"]![0]!["content"]!;
        Assert.Contains(CardJson.Serialize(card), json, StringComparison.Ordinal);
        JsonAssert.Equal(CardJson.Serialize(card), content);
    }

    [Fact]
    public void Deserialize_CardJson_ReadsTheCardBack()
    {
        var card = SampleCards.Rich();

        var read = JsonSerializer.Deserialize<SerializedCard>(CardJson.Serialize(card))!;

        Assert.Equal(CardJson.Serialize(card), Encoding.UTF8.GetString(read.Utf8Json.Span));
        Assert.Equal(card.FallbackText, read.Card.FallbackText);
    }
}
