using VastbusBot.Conversation.Localization;

namespace VastbusBot.Conversation;

/// <summary>Routes a card verb to the feature that owns it; unknown verbs get a plain answer, never an empty one.</summary>
public sealed partial class CardActionRouter
{
    private readonly Dictionary<string, ICardAction> _byVerb = new(StringComparer.Ordinal);
    private readonly ILogger<CardActionRouter> _logger;

    public CardActionRouter(IEnumerable<ICardAction> actions, ILogger<CardActionRouter> logger)
    {
        ArgumentNullException.ThrowIfNull(actions);
        _logger = logger;
        foreach (var action in actions)
        {
            foreach (var verb in action.Verbs)
            {
                if (!_byVerb.TryAdd(verb, action))
                {
                    throw new InvalidOperationException($"Card verb '{verb}' is claimed by both {_byVerb[verb].GetType().Name} and {action.GetType().Name}.");
                }
            }
        }
    }

    public async Task<CardActionResult> HandleAsync(BotTurn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (!_byVerb.TryGetValue(request.Verb, out var action))
        {
            LogUnknownVerb(request.Verb);
            return CardActionResult.Message(turn.Text(CommonText.UnknownButton));
        }

        LogCardAction(request.Verb, request.IsInvoke);
        return await action.HandleAsync(turn, request, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown card verb {Verb}")]
    private partial void LogUnknownVerb(string verb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card action {Verb} (invoke: {IsInvoke})")]
    private partial void LogCardAction(string verb, bool isInvoke);
}
