using System.Text.RegularExpressions;
using VastbusBot.Conversation.Localization;
using VastbusBot.EndToEnd.Tests.Support;
using VastbusBot.Features.Help;
using static Microsoft.Playwright.Assertions;

namespace VastbusBot.EndToEnd.Tests;

/// <summary>
/// A user types <c>hjälp</c> / <c>help</c> in the Agents Playground, reads the help card, and clicks its
/// Action.Execute buttons; the bot answers each click in the invoke response and the card is replaced in place.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class HelpCardTests(EndToEndStack stack)
{
    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public Task HelpCommand_ShowsHelpCard_AndTopicButtonReplacesItWithTopicCard(UiLanguage language) =>
        stack.RunChatAsync($"{nameof(HelpCommand_ShowsHelpCard_AndTopicButtonReplacesItWithTopicCard)}-{language}", async chat =>
        {
            var text = ExpectedTexts.For(language);

            await chat.SendAsync(text.HelpCommand);

            // The help card: title, intro, one line and one button per topic, the privacy reminder.
            var help = chat.MessagesWith(text.HelpTitle);
            await Expect(help).ToHaveCountAsync(1);
            await Expect(help).ToContainTextAsync(text.HelpIntro);
            await Expect(help).ToContainTextAsync(text.PrivacyReminder);
            foreach (var topic in HelpCatalog.All)
            {
                await Expect(help).ToContainTextAsync(topic.Summary[language]);
                await Expect(ChatSession.Button(help, topic.Title[language])).ToBeVisibleAsync();
            }

            // What the user typed is in the chat, and the welcome card came once although the playground sent both
            // installationUpdate and conversationUpdate (they are handled in order before the message).
            await Expect(chat.UserMessages.Filter(new() { HasText = text.HelpCommand })).ToHaveCountAsync(1);
            await Expect(chat.MessagesWith(AnyWelcomeTitle())).ToHaveCountAsync(1);
            var messageCount = await chat.Messages.CountAsync();

            // Action.Execute (verb help.topic) on "Avvikelser" / "Deviations": the topic card replaces the help card.
            var deviations = HelpCatalog.Deviations;
            await ChatSession.Button(help, deviations.Title[language]).ClickAsync();

            var topicCard = chat.MessagesWith(deviations.Description[language]);
            await Expect(topicCard).ToHaveCountAsync(1);
            await Expect(topicCard).ToContainTextAsync(deviations.Title[language]);
            await Expect(topicCard).ToContainTextAsync(text.HowTo);
            foreach (var example in deviations.Examples)
            {
                await Expect(topicCard).ToContainTextAsync("• " + example[language]);
            }

            // Deviations are built (issue 4): the topic no longer says "coming soon".
            await Expect(topicCard).Not.ToContainTextAsync(text.ComingSoon);
            await Expect(chat.CardUpdatedBar).ToBeVisibleAsync();
            await Expect(chat.MessagesWith(text.HelpTitle)).ToHaveCountAsync(0);
            await Expect(chat.Messages).ToHaveCountAsync(messageCount);

            // Action.Execute (verb help.show) on the topic card's back button: the help card is back, in the same place.
            await ChatSession.Button(topicCard, text.BackToHelp).ClickAsync();

            await Expect(chat.MessagesWith(text.HelpTitle)).ToHaveCountAsync(1);
            await Expect(chat.MessagesWith(deviations.Description[language])).ToHaveCountAsync(0);
            await Expect(ChatSession.Button(chat.MessagesWith(text.HelpTitle), HelpCatalog.Booking.Title[language])).ToBeVisibleAsync();
            await Expect(chat.Messages).ToHaveCountAsync(messageCount);
        });

    [GeneratedRegex("Välkommen till VastbusBot|Welcome to VastbusBot")]
    private static partial Regex AnyWelcomeTitle();
}
