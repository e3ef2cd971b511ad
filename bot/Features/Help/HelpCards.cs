using System.Collections.Concurrent;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Help;

/// <summary>The welcome card, the help card and one card per help topic.</summary>
public static class HelpCards
{
    public const string ShowHelpVerb = "help.show";
    public const string ShowTopicVerb = "help.topic";

    private static readonly LocalizedText WelcomeTitle = new("Välkommen till VastbusBot", "Welcome to VastbusBot");

    private static readonly LocalizedText WelcomeGreeting = new("Hej {0}!", "Hi {0}!");

    private static readonly LocalizedText WelcomeBody = new(
        "Jag hjälper er som samverkar kring barn och unga enligt Västbus – socialtjänst, skola, BUP, primärvård och habilitering. Fråga mig om riktlinjerna, logga era möten, rapportera avvikelser, få påminnelser och en färdig årsberättelse inför rapporttillfällena, och boka ordförandeträffen.",
        "I help those of you who collaborate around children and young people under Västbus – social services, school, child and adolescent psychiatry (BUP), primary care and habilitation. Ask me about the guidelines, log your meetings, report deviations, get reminders and a ready annual report before the deadlines, and book the chairs' gathering.");

    private static readonly LocalizedText ShowWhatICanDo = new("Visa vad jag kan", "Show what I can do");

    private static readonly LocalizedText HelpTitle = new("Det här kan jag hjälpa till med", "Here is what I can help with");

    private static readonly LocalizedText HelpIntro = new(
        "Välj ett område för att läsa mer, eller skriv en fråga direkt.",
        "Pick an area to read more, or just type a question.");

    private static readonly LocalizedText HowTo = new("Så här gör du", "How to use it");

    private static readonly ConcurrentDictionary<UiLanguage, SerializedCard> SerializedHelpCards = new();

    private static readonly LocalizedText ComingSoon = new(
        "Den här funktionen byggs just nu och är inte klar att använda än.",
        "This feature is being built and is not ready to use yet.");

    public static AdaptiveCard Welcome(UiLanguage language, string? userName)
    {
        var greeting = string.IsNullOrWhiteSpace(userName)
            ? WelcomeTitle[language]
            : WelcomeGreeting.Format(language, FirstName(userName));
        return new AdaptiveCard
        {
            FallbackText = WelcomeTitle[language],
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body =
            [
                new TextBlock { Text = greeting, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
                new TextBlock { Text = WelcomeBody[language] },
                new TextBlock { Text = CommonText.PrivacyReminder[language], IsSubtle = true, Size = TextSize.Small },
            ],
            Actions = [CardActions.Execute(ShowWhatICanDo[language], ShowHelpVerb, CardData.For(language), ActionStyle.Positive)],
        };
    }

    /// <summary>
    /// <see cref="Help"/> serialized once per language (it depends on nothing else): the card of the most used command
    /// is not built and serialized again on every turn. Shared, so its <see cref="SerializedCard.Card"/> must not be
    /// changed.
    /// </summary>
    public static SerializedCard SerializedHelp(UiLanguage language) =>
        SerializedHelpCards.GetOrAdd(language, static l => SerializedCard.Create(Help(l)));

    public static AdaptiveCard Help(UiLanguage language)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = HelpTitle[language], Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock { Text = HelpIntro[language], IsSubtle = true },
        };
        foreach (var topic in HelpCatalog.All)
        {
            body.Add(new Container
            {
                Spacing = Spacing.Medium,
                Items =
                [
                    new TextBlock { Text = topic.Title[language], Weight = TextWeight.Bolder },
                    new TextBlock { Text = topic.Summary[language], Spacing = Spacing.None },
                ],
            });
        }

        body.Add(new TextBlock { Text = CommonText.PrivacyReminder[language], IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });

        return new AdaptiveCard
        {
            FallbackText = HelpTitle[language],
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body = body,
            Actions =
            [
                .. HelpCatalog.All.Select(t => (CardAction)CardActions.Execute(
                    t.Title[language], ShowTopicVerb, CardData.For(language, ("topic", t.Id)))),
            ],
        };
    }

    public static AdaptiveCard Topic(UiLanguage language, HelpTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var body = new List<CardElement>
        {
            new TextBlock { Text = topic.Title[language], Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock { Text = topic.Description[language] },
            new TextBlock { Text = HowTo[language], Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
        };
        body.AddRange(topic.Examples.Select(e => (CardElement)new TextBlock { Text = "• " + e[language], Spacing = Spacing.Small }));
        if (!topic.Available)
        {
            body.Add(new TextBlock { Text = ComingSoon[language], Color = TextColor.Warning, Spacing = Spacing.Medium });
        }

        return new AdaptiveCard
        {
            FallbackText = topic.Title[language],
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body = body,
            Actions = [CardActions.Execute(CommonText.BackToHelp[language], ShowHelpVerb, CardData.For(language))],
        };
    }

    private static string FirstName(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? trimmed[..space] : trimmed;
    }
}
