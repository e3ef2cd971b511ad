using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Help;

/// <summary><c>hjälp</c> / <c>help</c>: the help card.</summary>
public sealed class HelpCommand : ITextCommand
{
    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["hjälp", "meny", "vad kan du", "hjälp mig"],
        [UiLanguage.English] = ["help", "menu", "what can you do"],
    };

    public Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.SendCardAsync(HelpCards.SerializedHelp(turn.Language), cancellationToken);
    }
}

/// <summary>The help card's buttons: back to the overview, or one topic.</summary>
public sealed class HelpCardActions : ICardAction
{
    public IReadOnlyCollection<string> Verbs { get; } = [HelpCards.ShowHelpVerb, HelpCards.ShowTopicVerb];

    public Task<CardActionResult> HandleAsync(BotTurn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Verb == HelpCards.ShowTopicVerb && HelpCatalog.Find(request.GetString("topic")) is { } topic)
        {
            return Task.FromResult(CardActionResult.ReplaceCard(HelpCards.Topic(turn.Language, topic)));
        }

        return Task.FromResult(CardActionResult.ReplaceCard(HelpCards.Help(turn.Language)));
    }
}
