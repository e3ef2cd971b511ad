using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Help;
using VastbusBot.Protocol.Schema;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Conversation;

public sealed class BotTurnTests
{
    [Fact]
    public async Task SendCardAsync_SendsTheMeasuredJson_AsTheAttachmentsContent()
    {
        var context = new RecordingTurnContext(Activities.Message("hjälp"));
        var card = HelpCards.Help(UiLanguage.Swedish);

        await new BotTurn(context, UiLanguage.Swedish).SendCardAsync(card, CancellationToken.None);

        var sent = Assert.Single(context.Sent);
        var attachment = Assert.Single(sent.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        var serialized = Assert.IsType<SerializedCard>(attachment.Content);
        Assert.Equal(CardJson.Serialize(card), Encoding.UTF8.GetString(serialized.Utf8Json.Span));
        Assert.Equal(CardBudget.MeasureBytes(card), serialized.MeasuredBytes);
        Assert.Equal(card.FallbackText, sent.Summary);

        // The activity body carries those very bytes as the content.
        var body = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(sent, ProtocolJson.Options));
        Assert.Contains("\"content\":" + CardJson.Serialize(card), body, StringComparison.Ordinal);
        Assert.Contains("Det här kan jag hjälpa till med", SentCards.TextOf(sent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendCardAsync_CardOverBudget_ThrowsAndSendsNothing()
    {
        var context = new RecordingTurnContext(Activities.Message("hjälp"));
        var card = new AdaptiveCard { Body = [new TextBlock { Text = new string('x', CardBudget.MaxBytes / 2) }] };

        await Assert.ThrowsAsync<CardTooLargeException>(() => new BotTurn(context, UiLanguage.Swedish).SendCardAsync(card, CancellationToken.None));

        Assert.Empty(context.Sent);
    }

    [Fact]
    public void SentCards_AttachmentWhoseJsonIsNotItsCard_FailsTheCheck()
    {
        var card = HelpCards.Help(UiLanguage.Swedish);
        var message = Activity.CreateMessage();
        message.Attachments = [Attachment.AdaptiveCard(SerializedCard.Create(card))];
        card.Body = []; // changed after serialization: the helper must notice that the wire JSON differs

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SentCards.CardOf(message));
        Assert.NotNull(JsonNode.Parse(SentCards.WireJsonOf(message).ToJsonString())!["body"]);
    }
}
