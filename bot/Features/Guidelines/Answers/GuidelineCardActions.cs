using VastbusBot.Conversation;
using VastbusBot.Features.Guidelines.Insights;
using VastbusBot.Features.Guidelines.Retrieval;

namespace VastbusBot.Features.Guidelines.Answers;

/// <summary>
/// The buttons of answer cards: show an entry (a "did you mean" choice or a related question, replacing the card
/// in place), rate an answer, or say that none of the suggestions fits.
/// </summary>
public sealed class GuidelineCardActions(IGuidelineKnowledge knowledge, IGuidelineInsightsStore insights, TimeProvider time) : ICardAction
{
    public IReadOnlyCollection<string> Verbs { get; } =
        [GuidelineCards.ShowVerb, GuidelineCards.FeedbackVerb, GuidelineCards.NoneOfTheseVerb];

    public async Task<CardActionResult> HandleAsync(BotTurn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var question = GuidelineCards.Shorten(request.GetString(GuidelineCards.QuestionKey) ?? string.Empty);
        if (request.Verb == GuidelineCards.NoneOfTheseVerb)
        {
            await GuidelineQuestionHandler.ReplyNotFoundAsync(turn, question, insights, time, cancellationToken);
            return CardActionResult.ReplaceCard(GuidelineCards.NoneChosen(turn.Language, question));
        }

        var kb = knowledge.Current;
        if (request.GetString(GuidelineCards.EntryKey) is not { } entryId || kb.Find(entryId) is not { } entry)
        {
            return CardActionResult.Message(turn.Text(GuidelineTexts.EntryGone));
        }

        if (request.Verb == GuidelineCards.ShowVerb)
        {
            var back = request.GetString(GuidelineCards.BackKey) is { } backId ? kb.Find(backId) : null;
            return CardActionResult.ReplaceCard(GuidelineCards.Answer(entry, kb, turn.Language, question, backTo: back));
        }

        var helpful = request.GetString(GuidelineCards.HelpfulKey) == "yes";
        var user = turn.UserAadObjectId ?? turn.Activity.From?.Id ?? string.Empty;
        var cardId = request.CardActivityId ?? turn.Activity.Conversation?.Id ?? string.Empty;
        await insights.RecordFeedbackAsync(
            new AnswerFeedback(turn.TenantId, entry.Id, user, cardId, helpful, question, turn.Language, time.GetUtcNow()),
            cancellationToken);
        var state = helpful ? GuidelineCards.Feedback.Helpful : GuidelineCards.Feedback.Unhelpful;
        return CardActionResult.ReplaceCard(GuidelineCards.Answer(entry, kb, turn.Language, question, state));
    }
}
