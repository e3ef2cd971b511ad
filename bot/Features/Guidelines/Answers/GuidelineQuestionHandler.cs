using VastbusBot.Conversation;
using VastbusBot.Features.Guidelines.Insights;
using VastbusBot.Features.Guidelines.Retrieval;

namespace VastbusBot.Features.Guidelines.Answers;

/// <summary>
/// Answers a free-text question from the knowledge base: an answer card when one entry fits, a "did you mean"
/// card when two are close, and otherwise a plain statement that the guidelines do not cover it (logged).
/// </summary>
public sealed partial class GuidelineQuestionHandler(
    IGuidelineSearch search,
    IGuidelineKnowledge knowledge,
    IGuidelineInsightsStore insights,
    TimeProvider time,
    ILogger<GuidelineQuestionHandler> logger) : IQuestionHandler
{
    private const int MaxChoices = 3;

    public async Task AnswerAsync(BotTurn turn, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var result = search.Search(question, turn.Language);
        LogSearched(result.Outcome, result.Best?.Id, result.Candidates.Count > 0 ? result.Candidates[0].Confidence : 0, turn.Language);
        switch (result.Outcome)
        {
            case SearchOutcome.Answer when result.Best is { } entry:
                await turn.SendCardAsync(GuidelineCards.Answer(entry, knowledge.Current, turn.Language, question), cancellationToken);
                break;
            case SearchOutcome.Ambiguous when result.Candidates.Count > 1:
                var choices = result.Candidates.Take(MaxChoices).Select(c => c.Entry).ToList();
                await turn.SendCardAsync(GuidelineCards.DidYouMean(choices, turn.Language, question), cancellationToken);
                break;
            default:
                await ReplyNotFoundAsync(turn, question, insights, time, cancellationToken);
                break;
        }
    }

    /// <summary>Says the guidelines do not cover the question, then logs it for the knowledge base's owners.</summary>
    internal static async Task ReplyNotFoundAsync(
        BotTurn turn, string question, IGuidelineInsightsStore insights, TimeProvider time, CancellationToken cancellationToken)
    {
        await turn.SendTextAsync(GuidelineCards.NotFoundText(turn.Language), cancellationToken);
        var deliveryId = turn.Activity.Id ?? Guid.NewGuid().ToString("N");
        await insights.RecordUnansweredAsync(
            new UnansweredQuestion(turn.TenantId, question, turn.Language, deliveryId, turn.Activity.Timestamp ?? time.GetUtcNow()),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guideline search: {Outcome}, entry {EntryId}, confidence {Confidence:F2}, {Language}")]
    private partial void LogSearched(SearchOutcome outcome, string? entryId, double confidence, Conversation.Localization.UiLanguage language);
}
