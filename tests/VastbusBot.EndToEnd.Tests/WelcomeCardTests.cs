using System.Text.RegularExpressions;
using VastbusBot.EndToEnd.Tests.Support;
using VastbusBot.Features.Help;
using static Microsoft.Playwright.Assertions;

namespace VastbusBot.EndToEnd.Tests;

/// <summary>
/// First contact: opening a new personal chat makes the playground send installationUpdate (add) and
/// conversationUpdate (membersAdded), as Teams does on install, and the bot greets with its welcome card.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class WelcomeCardTests(EndToEndStack stack)
{
    [Fact]
    public Task FirstContact_ShowsWelcomeCard_AndItsButtonReplacesItWithHelpCard() =>
        stack.RunChatAsync(nameof(FirstContact_ShowsWelcomeCard_AndItsButtonReplacesItWithHelpCard), async chat =>
        {
            // The playground sends both activities at the same moment and only installationUpdate carries a locale
            // (always en-US), so the welcome is English or Swedish depending on which reaches the bot first. Either
            // is right; what matters is that the card and everything reached from it stay in that language.
            var welcome = chat.MessagesWith(AnyWelcomeTitle());
            await Expect(welcome).ToHaveCountAsync(1);
            var text = (await welcome.InnerTextAsync()).Contains(ExpectedTexts.Swedish.WelcomeTitle, StringComparison.Ordinal)
                ? ExpectedTexts.Swedish
                : ExpectedTexts.English;
            await Expect(welcome).ToContainTextAsync(text.WelcomeIntro);
            await Expect(welcome).ToContainTextAsync(text.PrivacyReminder);
            await Expect(chat.Messages).ToHaveCountAsync(1);

            // Action.Execute (verb help.show): the help card replaces the welcome card, in the welcome's language.
            await ChatSession.Button(welcome, text.WelcomeButton).ClickAsync();

            var help = chat.MessagesWith(text.HelpTitle);
            await Expect(help).ToHaveCountAsync(1);
            await Expect(help).ToContainTextAsync(text.HelpIntro);
            await Expect(ChatSession.Button(help, HelpCatalog.Questions.Title[text.Language])).ToBeVisibleAsync();
            await Expect(chat.CardUpdatedBar).ToBeVisibleAsync();
            await Expect(chat.MessagesWith(AnyWelcomeTitle())).ToHaveCountAsync(0);
            await Expect(chat.Messages).ToHaveCountAsync(1);
        });

    [GeneratedRegex("Välkommen till VastbusBot|Welcome to VastbusBot")]
    private static partial Regex AnyWelcomeTitle();
}
