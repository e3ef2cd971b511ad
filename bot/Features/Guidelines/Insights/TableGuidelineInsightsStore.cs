using System.Globalization;
using Azure.Data.Tables;
using VastbusBot.Storage;

namespace VastbusBot.Features.Guidelines.Insights;

/// <summary>
/// Table design. Unanswered questions: partition = tenant, row = inverted ticks of the question's time + a hash of
/// its delivery id, so listings read the newest first and a redelivered activity overwrites its own row.
/// Feedback: partition = tenant, row = entry id + hash(user, card), so a user has one rating per answer card.
/// Both listings are one partition query, never a scan across tenants.
/// </summary>
public sealed class TableGuidelineInsightsStore(TableProvider tables) : IGuidelineInsightsStore
{
    internal const string UnansweredTable = "unanswered";
    internal const string FeedbackTable = "feedback";

    // A listing looks at a bounded window; owners look at trends, not at every row ever written.
    private const int MaxRowsPerListing = 5000;

    public async Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var table = await tables.GetTableAsync(UnansweredTable, cancellationToken);
        var text = QuestionRedactor.Redact(question.Question);
        var row = InvertedTicks(question.AskedAt) + "|" + TableKeys.Hash(question.DeliveryId);
        var entity = new TableEntity(TableKeys.Safe(question.TenantId), row)
        {
            ["Question"] = text,
            ["Normalized"] = Normalize(text),
            ["Language"] = question.Language.ToString(),
            ["AskedAt"] = question.AskedAt,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var table = await tables.GetTableAsync(FeedbackTable, cancellationToken);
        var row = TableKeys.Safe(feedback.EntryId) + "|" + TableKeys.Hash(feedback.UserId + "|" + feedback.CardId);
        var entity = new TableEntity(TableKeys.Safe(feedback.TenantId), row)
        {
            ["EntryId"] = feedback.EntryId,
            ["Helpful"] = feedback.Helpful,
            ["Question"] = QuestionRedactor.Redact(feedback.Question),
            ["Language"] = feedback.Language.ToString(),
            ["RatedAt"] = feedback.RatedAt,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<UnansweredSummary>> TopUnansweredAsync(string tenantId, DateTimeOffset since, int top, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(UnansweredTable, cancellationToken);
        var partition = TableKeys.Safe(tenantId);

        // Rows sort newest first, so "since" is an upper bound on the row key.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {InvertedTicks(since) + "|~"}");
        var groups = new Dictionary<string, (string Question, int Count, DateTimeOffset Last)>(StringComparer.Ordinal);
        var read = 0;
        await foreach (var e in table.QueryAsync<TableEntity>(filter, select: ["Question", "Normalized", "AskedAt"], cancellationToken: cancellationToken))
        {
            var key = e.GetString("Normalized") ?? string.Empty;
            var at = e.GetDateTimeOffset("AskedAt") ?? since;
            groups[key] = groups.TryGetValue(key, out var g)
                ? (g.Question, g.Count + 1, g.Last > at ? g.Last : at)
                : (e.GetString("Question") ?? key, 1, at);
            if (++read >= MaxRowsPerListing)
            {
                break;
            }
        }

        return
        [
            .. groups.Values
                .OrderByDescending(g => g.Count).ThenByDescending(g => g.Last)
                .Take(top)
                .Select(g => new UnansweredSummary(g.Question, g.Count, g.Last)),
        ];
    }

    public async Task<IReadOnlyList<UnhelpfulSummary>> TopUnhelpfulAsync(string tenantId, DateTimeOffset since, int top, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(FeedbackTable, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Safe(tenantId)} and RatedAt ge {since}");
        var byEntry = new Dictionary<string, (int Unhelpful, int Helpful, List<string> Questions)>(StringComparer.Ordinal);
        var read = 0;
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var entryId = e.GetString("EntryId") ?? string.Empty;
            if (!byEntry.TryGetValue(entryId, out var stats))
            {
                stats = (0, 0, []);
            }

            if (e.GetBoolean("Helpful") == true)
            {
                stats.Helpful++;
            }
            else
            {
                stats.Unhelpful++;
                if (stats.Questions.Count < 3 && e.GetString("Question") is { Length: > 0 } q && !stats.Questions.Contains(q))
                {
                    stats.Questions.Add(q);
                }
            }

            byEntry[entryId] = stats;
            if (++read >= MaxRowsPerListing)
            {
                break;
            }
        }

        return
        [
            .. byEntry.Where(p => p.Value.Unhelpful > 0)
                .OrderByDescending(p => p.Value.Unhelpful).ThenBy(p => p.Value.Helpful)
                .Take(top)
                .Select(p => new UnhelpfulSummary(p.Key, p.Value.Unhelpful, p.Value.Helpful, p.Value.Questions)),
        ];
    }

    /// <summary>Lowercase, single spaces, no trailing punctuation: "Vad är SIP?" and "vad är  sip" are one question.</summary>
    internal static string Normalize(string question) =>
        string.Join(' ', question.ToLower(CultureInfo.GetCultureInfo("sv-SE")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .TrimEnd('?', '!', '.', ' ');

    private static string InvertedTicks(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
}
