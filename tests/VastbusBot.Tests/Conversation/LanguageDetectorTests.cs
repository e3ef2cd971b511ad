using VastbusBot.Conversation.Localization;

namespace VastbusBot.Tests.Conversation;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Vem ansvarar för vården när ett barn placeras utanför hemmet?", UiLanguage.Swedish)]
    [InlineData("vad är en sip", UiLanguage.Swedish)]
    [InlineData("Who is responsible for care when a child is placed outside the home?", UiLanguage.English)]
    [InlineData("does vastbus apply to a 19 year old", UiLanguage.English)]
    public void DetectText_ClearSentence_ReturnsItsLanguage(string text, UiLanguage expected) =>
        Assert.Equal(expected, LanguageDetector.DetectText(text));

    [Theory]
    [InlineData("")]
    [InlineData("SIP")]
    [InlineData("2025")]
    public void DetectText_TooLittleToTell_ReturnsNull(string text) => Assert.Null(LanguageDetector.DetectText(text));

    [Theory]
    [InlineData("en-US", UiLanguage.English)]
    [InlineData("en-GB", UiLanguage.English)]
    [InlineData("sv-SE", UiLanguage.Swedish)]
    [InlineData("fi-FI", UiLanguage.Swedish)]
    [InlineData(null, UiLanguage.Swedish)]
    [InlineData("not-a-locale", UiLanguage.Swedish)]
    public void FromLocale_DefaultsToSwedishUnlessEnglish(string? locale, UiLanguage expected) =>
        Assert.Equal(expected, LanguageDetector.FromLocale(locale));
}
