using System.Text;
using System.Text.Json.Nodes;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Help;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Help;

public sealed class HelpCommandTests
{
    [Theory]
    [InlineData(UiLanguage.Swedish, "Det här kan jag hjälpa till med")]
    [InlineData(UiLanguage.English, "Here is what I can help with")]
    public async Task Help_SendsTheHelpCardInTheTurnsLanguage_AsTheCardsJson(UiLanguage language, string title)
    {
        var context = new RecordingTurnContext(Activities.Message("hjälp"));
        var card = HelpCards.Help(language);

        // Twice: the second turn gets the same card as the first.
        await new HelpCommand().ExecuteAsync(new BotTurn(context, language), string.Empty, CancellationToken.None);
        await new HelpCommand().ExecuteAsync(new BotTurn(context, language), string.Empty, CancellationToken.None);

        Assert.Equal(2, context.Sent.Count);
        foreach (var sent in context.Sent)
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(CardJson.Serialize(card)), SentCards.WireJsonOf(sent)));
            Assert.Equal(card.FallbackText, sent.Summary);
            Assert.Contains(title, SentCards.TextOf(sent), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SerializedHelp_IsSerializedOncePerLanguage_AndIsTheHelpCardsCanonicalJson()
    {
        var swedish = HelpCards.SerializedHelp(UiLanguage.Swedish);
        var english = HelpCards.SerializedHelp(UiLanguage.English);

        Assert.Same(swedish, HelpCards.SerializedHelp(UiLanguage.Swedish));
        Assert.Same(english, HelpCards.SerializedHelp(UiLanguage.English));
        Assert.Equal(CardJson.Serialize(HelpCards.Help(UiLanguage.Swedish)), Encoding.UTF8.GetString(swedish.Utf8Json.Span));
        Assert.Equal(CardJson.Serialize(HelpCards.Help(UiLanguage.English)), Encoding.UTF8.GetString(english.Utf8Json.Span));
        Assert.Equal(CardBudget.MeasureBytes(HelpCards.Help(UiLanguage.English)), english.MeasuredBytes);
    }
}
