using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Privacy;

namespace VastbusBot.Features.Records.Validation;

/// <summary>
/// A problem with one form field. <see cref="Field"/> is the input's id as listed in <see cref="RecordFields"/>
/// (list items as <c>participants[2].name</c>); <see cref="Code"/> is stable for tests and logs; <see cref="Message"/>
/// is what the user reads, in Swedish and English.
/// </summary>
public sealed record FieldError(string Field, string Code, LocalizedText Message);

/// <summary>Stable error codes of <see cref="FieldError.Code"/>.</summary>
public static class ErrorCodes
{
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string TooMany = "too-many";
    public const string InvalidDate = "invalid-date";
    public const string FutureDate = "future-date";
    public const string TooOld = "too-old";
    public const string InvalidChoice = "invalid-choice";
    public const string Identifier = "identifier";
    public const string InvalidId = "invalid-id";
    public const string InvalidTransition = "invalid-transition";
    public const string Unchanged = "unchanged";
}

/// <summary>Either a validated value or the errors that prevent it.</summary>
/// <param name="RefusedIdentifiers">The kinds of identifiers found in the form, for logging (never the values).</param>
public sealed record Validated<T>(T? Value, IReadOnlyList<FieldError> Errors, IReadOnlyCollection<IdentifierKind> RefusedIdentifiers)
    where T : class
{
    public bool IsValid => Errors.Count == 0 && Value is not null;
}
