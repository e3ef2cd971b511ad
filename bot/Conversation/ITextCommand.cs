using VastbusBot.Conversation.Localization;

namespace VastbusBot.Conversation;

/// <summary>A typed command such as <c>hjälp</c> / <c>help</c>. Triggers are matched at the start of the text.</summary>
public interface ITextCommand
{
    /// <summary>The words that start this command, per language (lowercase, with Swedish letters).</summary>
    IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; }

    /// <param name="turn">The turn.</param>
    /// <param name="argument">What followed the trigger, trimmed (e.g. the year in <c>visa möten 2025</c>).</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken);
}

/// <summary>Handles text that is not a command: the guideline questions.</summary>
public interface IQuestionHandler
{
    Task AnswerAsync(BotTurn turn, string question, CancellationToken cancellationToken);
}
