using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Guidelines;

/// <summary>
/// Answers free-text questions until the guideline knowledge base is in place: says plainly that it cannot
/// answer yet and where to turn, rather than guessing.
/// </summary>
public sealed class PendingQuestionHandler : IQuestionHandler
{
    private static readonly LocalizedText NotYet = new(
        "Jag kan inte besvara frågor om riktlinjerna än – den delen byggs just nu. Till dess: vänd dig till din lokala Västbusgrupp, eller läs riktlinjerna och överenskommelsen Samverkan för barns och ungas hälsa på vardsamverkan.se.",
        "I cannot answer questions about the guidelines yet – that part is being built. Until then, please ask your local Västbus group, or read the guidelines and the agreement on children's and young people's health at vardsamverkan.se.");

    public Task AnswerAsync(BotTurn turn, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.SendTextAsync(NotYet[turn.Language], cancellationToken);
    }
}
