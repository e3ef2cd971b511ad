using System.Text.RegularExpressions;
using VastbusBot.Storage;

namespace VastbusBot.Features.Records;

/// <summary>
/// Idempotent create: a form carries a client submission id (a GUID the card layer puts in the card's data when it
/// renders the form). The record id is derived from it, so a submission delivered twice (a Teams retry, a double
/// click, Action.Execute and its Action.Submit fallback) lands on the same row and is stored once.
/// </summary>
public static partial class SubmissionIds
{
    public static bool IsValid(string? submissionId) => submissionId is not null && Pattern().IsMatch(submissionId);

    /// <summary>The record id for a submission (32 hex characters).</summary>
    public static string RecordId(string kind, string tenantId, string groupId, string submissionId) =>
        TableKeys.Hash(string.Join('\n', kind, tenantId, groupId, submissionId));

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
