using VastbusBot.Features.Guidelines.Insights;

namespace VastbusBot.Tests.GuidelineAnswers;

internal sealed class RecordingInsightsStore : IGuidelineInsightsStore
{
    public List<UnansweredQuestion> Unanswered { get; } = [];

    public List<AnswerFeedback> Feedback { get; } = [];

    public Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        Unanswered.Add(question);
        return Task.CompletedTask;
    }

    public Task RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        Feedback.Add(feedback);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UnansweredSummary>> TopUnansweredAsync(string tenantId, DateTimeOffset since, int top, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UnansweredSummary>>([.. Unanswered.Where(u => u.TenantId == tenantId).Select(u => new UnansweredSummary(u.Question, 1, u.AskedAt)).Take(top)]);

    public Task<IReadOnlyList<UnhelpfulSummary>> TopUnhelpfulAsync(string tenantId, DateTimeOffset since, int top, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UnhelpfulSummary>>([.. Feedback.Where(f => f.TenantId == tenantId && !f.Helpful).Select(f => new UnhelpfulSummary(f.EntryId, 1, 0, [f.Question])).Take(top)]);
}
