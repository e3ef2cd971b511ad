using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Guidelines.Insights;

/// <summary>A question the knowledge base could not answer, kept for its owners (personal data removed).</summary>
public sealed record UnansweredQuestion(string TenantId, string Question, UiLanguage Language, string DeliveryId, DateTimeOffset AskedAt);

/// <summary>A user's rating of one answer card. One rating per user and card; a new click replaces it.</summary>
public sealed record AnswerFeedback(
    string TenantId,
    string EntryId,
    string UserId,
    string CardId,
    bool Helpful,
    string Question,
    UiLanguage Language,
    DateTimeOffset RatedAt);

/// <summary>How often a question (compared case- and whitespace-insensitively) went unanswered.</summary>
public sealed record UnansweredSummary(string Question, int Count, DateTimeOffset LastAskedAt);

/// <summary>How often an answer was rated unhelpful, with a few of the questions that led to it.</summary>
public sealed record UnhelpfulSummary(string EntryId, int Unhelpful, int Helpful, IReadOnlyList<string> SampleQuestions);

/// <summary>Stores what the knowledge base's owners need to improve it: unanswered questions and answer ratings.</summary>
public interface IGuidelineInsightsStore
{
    Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken);

    Task RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnansweredSummary>> TopUnansweredAsync(string tenantId, DateTimeOffset since, int top, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnhelpfulSummary>> TopUnhelpfulAsync(string tenantId, DateTimeOffset since, int top, CancellationToken cancellationToken);
}
