using VastbusBot.Conversation;
using VastbusBot.Features.Guidelines.Insights;
using VastbusBot.Features.Guidelines.Retrieval;

namespace VastbusBot.Features.Guidelines.Answers;

/// <summary>
/// Answers a free-text question from the knowledge base: an answer card when one entry fits, the same card with a
/// "Menade du …?" section when others come close, a referral for a known topic outside the guidelines, and otherwise
/// a plain statement that the guidelines do not cover it (logged).
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
        LogSearched(
            result.Outcome,
            result.Outside is { } match ? "outside:" + match.Topic.Id : result.Best?.Id,
            result.Outside?.Confidence ?? (result.Candidates.Count > 0 ? result.Candidates[0].Confidence : 0),
            turn.Language);
        switch (result.Outcome)
        {
            case SearchOutcome.Answer when result.Best is { } entry:
                await turn.SendCardAsync(GuidelineCards.Answer(entry, knowledge.Current, turn.Language, question), cancellationToken);
                break;
            case SearchOutcome.Ambiguous when result.Candidates.Count > 1:
                // The likeliest answer at once, the close ones as "Menade du …?" under it: one tap fewer on a phone.
                var alternatives = result.Candidates.Skip(1).Take(MaxChoices - 1).Select(c => c.Entry).ToList();
                await turn.SendCardAsync(
                    GuidelineCards.Answer(result.Candidates[0].Entry, knowledge.Current, turn.Language, question, alternatives: alternatives),
                    cancellationToken);
                break;
            case SearchOutcome.NotFound when result.Outside is { } outside:
                // A known outside topic: the referral is the useful answer. Still logged, so the owners see demand.
                await turn.SendTextAsync(GuidelineCards.OutsideText(outside.Topic, turn.Language), cancellationToken);
                await RecordUnansweredAsync(turn, question, insights, time, cancellationToken);
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
        await RecordUnansweredAsync(turn, question, insights, time, cancellationToken);
    }

    private static async Task RecordUnansweredAsync(
        BotTurn turn, string question, IGuidelineInsightsStore insights, TimeProvider time, CancellationToken cancellationToken)
    {
        var deliveryId = turn.Activity.Id ?? Guid.NewGuid().ToString("N");
        await insights.RecordUnansweredAsync(
            new UnansweredQuestion(turn.TenantId, question, turn.Language, deliveryId, turn.Activity.Timestamp ?? time.GetUtcNow()),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guideline search: {Outcome}, entry {EntryId}, confidence {Confidence:F2}, {Language}")]
    private partial void LogSearched(SearchOutcome outcome, string? entryId, double confidence, Conversation.Localization.UiLanguage language);
}
