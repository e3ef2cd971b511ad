using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Help;

namespace VastbusBot.Tests.Cards;

/// <summary>
/// Every card the bot can send, in both languages. A feature that adds a card adds it here, so the npm
/// adaptivecards parser and the size budget see it.
/// </summary>
internal static class BotCardCatalog
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        foreach (var language in Enum.GetValues<UiLanguage>())
        {
            var tag = language == UiLanguage.English ? "en" : "sv";
            yield return ($"welcome-{tag}", HelpCards.Welcome(language, "Megan Bowen"));
            yield return ($"welcome-anonymous-{tag}", HelpCards.Welcome(language, null));
            yield return ($"help-{tag}", HelpCards.Help(language));
            foreach (var topic in HelpCatalog.All)
            {
                yield return ($"help-topic-{topic.Id}-{tag}", HelpCards.Topic(language, topic));
            }
        }
    }
}
