using VastbusBot.Cards;

namespace VastbusBot.Cards.Tests;

public sealed class ColumnWidthTests
{
    [Theory]
    [InlineData("auto", "auto")]
    [InlineData("Stretch", "stretch")]
    [InlineData("50px", "50px")]
    [InlineData("2", "2")]
    [InlineData("1.5", "1.5")]
    public void Parse_ValidText_RoundTripsToSchemaText(string text, string expected)
    {
        Assert.Equal(expected, ColumnWidth.Parse(text).ToString());
    }

    [Theory]
    [InlineData("wide")]
    [InlineData("-1")]
    [InlineData("0px")]
    [InlineData("px")]
    public void Parse_InvalidText_Throws(string text)
    {
        var error = Record.Exception(() => ColumnWidth.Parse(text));

        Assert.True(error is FormatException or ArgumentOutOfRangeException, $"Unexpected: {error}");
    }

    [Fact]
    public void Default_IsAuto()
    {
        Assert.Equal(ColumnWidth.Auto, default);
        Assert.Equal("auto", default(ColumnWidth).ToString());
    }

    [Fact]
    public void ImplicitInt_IsWeight()
    {
        ColumnWidth width = 3;

        Assert.Equal(3, width.Weight);
        Assert.Null(width.Pixels);
    }
}
