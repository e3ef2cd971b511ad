using System.Text.Json;
using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Help;
using VastbusBot.Protocol;
using VastbusBot.Protocol.Schema;
using VastbusBot.Storage;

namespace VastbusBot.Conversation;

/// <summary>
/// The conversation layer's entry point: turns protocol activities into commands, card actions and questions,
/// welcomes new conversations and keeps the conversation references that proactive messages need.
/// </summary>
public sealed partial class ActivityDispatcher(
    CommandRouter commands,
    CardActionRouter cardActions,
    IQuestionHandler questions,
    IConversationReferenceStore conversations,
    TimeProvider time,
    ILogger<ActivityDispatcher> logger) : IActivityHandler
{
    public async Task OnActivityAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(turn, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateAsync(turn, cancellationToken);
                break;
            default:
                LogIgnored(activity.Type, activity.Name);
                break;
        }
    }

    public async Task<InvokeResponse> OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var language = LanguageDetector.FromLocale(activity.GetClientInfo()?.Locale ?? activity.Locale);
        if (!AdaptiveCardInvokeValue.TryParse(activity, out var value) || value.Action?.Verb is not { Length: > 0 } verb)
        {
            LogIgnored(activity.Type, activity.Name);
            return AdaptiveCardInvokeResponse.Message(CommonText.UnknownButton[language]).ToInvokeResponse();
        }

        await RememberConversationAsync(activity, cancellationToken);
        var data = value.Action.Data ?? default;
        var request = new CardActionRequest(verb, data, activity.ReplyToId, IsInvoke: true);
        var botTurn = new BotTurn(turn, CardData.ParseTag(request.GetString(CardData.LanguageKey)) ?? language);
        var result = await cardActions.HandleAsync(botTurn, request, cancellationToken);
        return result switch
        {
            CardActionResult.CardResult card => CardInvokeResponse(card.Card, botTurn.Language),
            CardActionResult.MessageResult message => AdaptiveCardInvokeResponse.Message(message.Text).ToInvokeResponse(),
            CardActionResult.ErrorResult error => AdaptiveCardInvokeResponse.Error(400, "BadRequest", error.Text).ToInvokeResponse(),
            _ => throw new InvalidOperationException("Unknown card action result " + result.GetType().Name),
        };
    }

    /// <summary>The card that replaces the clicked one, measured against the size budget like every card sent.</summary>
    private InvokeResponse CardInvokeResponse(AdaptiveCard card, UiLanguage language)
    {
        try
        {
            return AdaptiveCardInvokeResponse.Card(SerializedCard.Create(card)).ToInvokeResponse();
        }
        catch (CardTooLargeException ex)
        {
            LogTurnFailed(ex, ActivityTypes.Invoke);
            return AdaptiveCardInvokeResponse.Message(CommonText.CardTooLarge[language]).ToInvokeResponse();
        }
    }

    private async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var localeLanguage = LanguageDetector.FromLocale(activity.GetClientInfo()?.Locale ?? activity.Locale);
        var firstContact = await RememberConversationAsync(activity, cancellationToken);

        if (TryGetSubmittedVerb(activity, out var verb, out var data))
        {
            var request = new CardActionRequest(verb, data, activity.ReplyToId, IsInvoke: false);
            var language = CardData.ParseTag(request.GetString(CardData.LanguageKey)) ?? localeLanguage;
            await HandleSubmitAsync(new BotTurn(turn, language), request, cancellationToken);
            return;
        }

        var text = activity.GetTextWithoutBotMention();
        var match = commands.Match(text);
        var turnLanguage = match?.Language ?? LanguageDetector.DetectText(text) ?? localeLanguage;
        var botTurn = new BotTurn(turn, turnLanguage);

        try
        {
            if (firstContact && match?.Command is HelpCommand)
            {
                // The help card says all the welcome would; remember that, or every later turn asks storage again.
                await MarkWelcomedAsync(botTurn, cancellationToken);
            }
            else if (firstContact)
            {
                await SendWelcomeAsync(botTurn, cancellationToken);
            }

            if (match is not null)
            {
                LogCommand(match.Command.GetType().Name, botTurn.Language);
                await match.Command.ExecuteAsync(botTurn, match.Argument, cancellationToken);
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                await botTurn.SendTextAsync(botTurn.Text(CommonText.EmptyMessage), cancellationToken);
            }
            else
            {
                await questions.AnswerAsync(botTurn, text, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(ex, activity.Type);
            await botTurn.SendTextAsync(botTurn.Text(CommonText.SomethingWentWrong), cancellationToken);
        }
    }

    /// <summary>An <c>Action.Submit</c> from a client without Universal Actions: same handlers, answered by message.</summary>
    private async Task HandleSubmitAsync(BotTurn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var result = await cardActions.HandleAsync(turn, request, cancellationToken);
        switch (result)
        {
            case CardActionResult.CardResult card when request.CardActivityId is { Length: > 0 } cardId:
                var update = CardMessage.Create(card.Card);
                try
                {
                    await turn.Context.UpdateAsync(cardId, update, cancellationToken);
                }
                catch (ConnectorException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
                {
                    await turn.SendCardAsync(card.Card, cancellationToken);
                }

                break;
            case CardActionResult.CardResult card:
                await turn.SendCardAsync(card.Card, cancellationToken);
                break;
            case CardActionResult.MessageResult message:
                await turn.SendTextAsync(message.Text, cancellationToken);
                break;
            case CardActionResult.ErrorResult error:
                await turn.SendTextAsync(error.Text, cancellationToken);
                break;
        }
    }

    private async Task OnConversationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var personal = activity.Conversation?.ConversationType == "personal";
        if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            await ForgetConversationAsync(activity, cancellationToken);
            return;
        }

        // In group chats and channels the bot itself is added; in a personal chat Teams may list only the user.
        var added = activity.MembersAdded ?? [];
        if (added.Any(m => m.Id == botId) || (personal && added.Count > 0))
        {
            await RememberConversationAsync(activity, cancellationToken);

            // A personal install also sends installationUpdate, which carries the user's locale; this event
            // often does not, and welcoming from whichever arrives first would pick the language at random.
            // Without either, the user's first message brings the welcome.
            var hasLocale = !string.IsNullOrEmpty(activity.GetClientInfo()?.Locale ?? activity.Locale);
            if (!personal || hasLocale)
            {
                await WelcomeOnceAsync(turn, cancellationToken);
            }
        }
    }

    private async Task OnInstallationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true)
        {
            await ForgetConversationAsync(activity, cancellationToken);
            return;
        }

        await RememberConversationAsync(activity, cancellationToken);
        if (string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase))
        {
            await WelcomeOnceAsync(turn, cancellationToken);
        }
    }

    /// <summary>Sends the welcome card unless this conversation has had it since the app was installed.</summary>
    private async Task WelcomeOnceAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        if (await conversations.TryMarkWelcomedAsync(activity.GetTenantId() ?? string.Empty, conversationId, time.GetUtcNow(), cancellationToken))
        {
            var language = LanguageDetector.FromLocale(activity.GetClientInfo()?.Locale ?? activity.Locale);
            await SendWelcomeCardAsync(new BotTurn(turn, language), cancellationToken);
        }
    }

    private async Task SendWelcomeAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Conversation?.Id is { } conversationId
            && await conversations.TryMarkWelcomedAsync(turn.TenantId, conversationId, time.GetUtcNow(), cancellationToken))
        {
            await SendWelcomeCardAsync(turn, cancellationToken);
        }
    }

    private async Task MarkWelcomedAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Conversation?.Id is { } conversationId)
        {
            await conversations.TryMarkWelcomedAsync(turn.TenantId, conversationId, time.GetUtcNow(), cancellationToken);
        }
    }

    private Task SendWelcomeCardAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        // Only personal chats are addressed by name; in a channel the one who installed the app is not the audience.
        var name = turn.Activity.Conversation?.ConversationType == "personal" ? turn.UserName : null;
        return turn.SendCardAsync(HelpCards.Welcome(turn.Language, name), cancellationToken);
    }

    /// <summary>Stores the reference; returns true when the conversation was unknown (first contact).</summary>
    private async Task<bool> RememberConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { } conversationId || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return false;
        }

        var tenantId = activity.GetTenantId() ?? string.Empty;
        var welcomed = await conversations.HasBeenWelcomedAsync(tenantId, conversationId, cancellationToken);
        await conversations.SaveAsync(activity.GetConversationReference(), cancellationToken);
        return !welcomed;
    }

    private Task ForgetConversationAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.Conversation?.Id is { } conversationId
            ? conversations.MarkUninstalledAsync(activity.GetTenantId() ?? string.Empty, conversationId, cancellationToken)
            : Task.CompletedTask;

    private static bool TryGetSubmittedVerb(Activity activity, out string verb, out JsonElement data)
    {
        verb = string.Empty;
        data = default;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty(CardData.VerbKey, out var v)
            || v.ValueKind != JsonValueKind.String
            || v.GetString() is not { Length: > 0 } s)
        {
            return false;
        }

        verb = s;
        data = value;
        return true;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored activity {Type} {Name}")]
    private partial void LogIgnored(string type, string? name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} in {Language}")]
    private partial void LogCommand(string command, UiLanguage language);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed while handling a {Type} activity")]
    private partial void LogTurnFailed(Exception exception, string type);
}
