using VastbusBot.Cards;
using VastbusBot.Testing;

namespace VastbusBot.Tests.Cards;

/// <summary>Every card the bot sends must parse in the Adaptive Cards library Teams uses and fit the size budget.</summary>
public sealed class BotCardsTests
{
    [Fact]
    public async Task EveryBotCard_ParsesWithoutIssuesInNpmAdaptiveCards()
    {
        var cards = BotCardCatalog.All().ToDictionary(c => c.Name, c => CardJson.Serialize(c.Card));

        var issues = await AdaptiveCardValidator.ValidateAsync(cards);

        Assert.Equal(cards.Count, issues.Count);
        Assert.All(issues, pair => Assert.True(pair.Value.Count == 0, $"{pair.Key}: {string.Join("; ", pair.Value)}"));
    }

    [Fact]
    public void EveryBotCard_StaysWithinTheTeamsBudget_AndHasNotificationText()
    {
        Assert.All(BotCardCatalog.All(), c =>
        {
            Assert.True(CardBudget.MeasureBytes(c.Card) <= CardBudget.MaxBytes, $"{c.Name} is {CardBudget.MeasureBytes(c.Card)} bytes");
            Assert.False(string.IsNullOrWhiteSpace(c.Card.FallbackText), c.Name + " has no fallback text for notifications");
        });
    }

    [Fact]
    public void EveryExecuteAction_HasAVerbAndASubmitFallbackCarryingIt()
    {
        foreach (var (name, card) in BotCardCatalog.All())
        {
            foreach (var action in (card.Actions ?? []).OfType<ExecuteAction>())
            {
                Assert.False(string.IsNullOrWhiteSpace(action.Verb), name);
                var fallback = Assert.IsType<SubmitAction>(action.Fallback);
                var data = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(fallback.Data);
                Assert.Equal(action.Verb, data["verb"]);
            }
        }
    }
}
