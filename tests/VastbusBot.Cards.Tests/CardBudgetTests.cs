using VastbusBot.Cards;

namespace VastbusBot.Cards.Tests;

public sealed class CardBudgetTests
{
    [Fact]
    public void MaxBytes_Is28KiB()
    {
        Assert.Equal(28_672, CardBudget.MaxBytes);
    }

    [Fact]
    public void MeasureBytes_Card_IsUtf16SizeOfItsJson()
    {
        var card = SampleCards.Rich();

        var bytes = CardBudget.MeasureBytes(card);

        Assert.Equal(CardJson.Serialize(card).Length * 2, bytes);
    }

    [Fact]
    public void MeasureBytes_SwedishLetters_CountAsOneUtf16UnitEach()
    {
        var swedish = new AdaptiveCard { Body = [new TextBlock { Text = "åäöÅÄÖ" }] };
        var ascii = new AdaptiveCard { Body = [new TextBlock { Text = "aaoAAO" }] };

        // Escaping them as \u00E5 would make the measured size six times larger than what Teams counts.
        Assert.Equal(CardBudget.MeasureBytes(ascii), CardBudget.MeasureBytes(swedish));
    }

    [Fact]
    public void MeasureBytes_LongerText_GrowsByTwoBytesPerCharacter()
    {
        var shortCard = new AdaptiveCard { Body = [new TextBlock { Text = "abc" }] };
        var longCard = new AdaptiveCard { Body = [new TextBlock { Text = "abcdef" }] };

        Assert.Equal(6, CardBudget.MeasureBytes(longCard) - CardBudget.MeasureBytes(shortCard));
    }
}
