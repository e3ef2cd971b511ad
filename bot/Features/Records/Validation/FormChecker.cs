using System.Globalization;
using VastbusBot.Features.Privacy;

namespace VastbusBot.Features.Records.Validation;

/// <summary>
/// Collects field errors while a form is read: trims text, checks required fields, lengths, dates and choices, and
/// runs the identifier check on every piece of free text.
/// </summary>
internal sealed class FormChecker(PersonalIdentifierDetector detector)
{
    public const string DateFormat = "yyyy-MM-dd";

    public List<FieldError> Errors { get; } = [];

    /// <summary>Kinds of identifiers refused so far, for logging (never the values).</summary>
    public HashSet<IdentifierKind> IdentifierKinds { get; } = [];

    public bool HasErrors => Errors.Count > 0;

    public void Add(string field, string code, Conversation.Localization.LocalizedText message) =>
        Errors.Add(new FieldError(field, code, message));

    /// <summary>The trimmed text (line endings normalised), or null when empty; an error when required and empty.</summary>
    public string? Text(string field, string? value, int maxLength, bool required)
    {
        var text = Normalise(value);
        if (text is null)
        {
            if (required)
            {
                Add(field, ErrorCodes.Required, RecordsText.Required);
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, ErrorCodes.TooLong, RecordsText.TooLong.With(text.Length, maxLength));
            return text;
        }

        CheckIdentifiers(field, text);
        return text;
    }

    /// <summary>
    /// The non-empty, trimmed items of a list; empty rows are skipped (cards often leave spare rows blank). Errors
    /// name items by their submitted index.
    /// </summary>
    public List<string> Lines(string field, IReadOnlyList<string?>? values, int maxItems, int maxLength, bool required)
    {
        var items = new List<string>();
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (Text(RecordFields.Item(field, i), values![i], maxLength, required: false) is { } text)
            {
                items.Add(text);
            }
        }

        CheckCount(field, items.Count, maxItems, required);
        return items;
    }

    public void CheckCount(string field, int count, int maxItems, bool required)
    {
        if (count == 0 && required)
        {
            Add(field, ErrorCodes.Required, RecordsText.AtLeastOneRow);
        }
        else if (count > maxItems)
        {
            Add(field, ErrorCodes.TooMany, RecordsText.TooMany.With(maxItems));
        }
    }

    /// <summary>A date in the form an Adaptive Card Input.Date sends (yyyy-MM-dd), between <paramref name="earliest"/> and <paramref name="today"/>.</summary>
    public DateOnly? Date(string field, string? value, DateOnly today, DateOnly earliest)
    {
        var text = Normalise(value);
        if (text is null)
        {
            Add(field, ErrorCodes.Required, RecordsText.Required);
            return null;
        }

        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Add(field, ErrorCodes.InvalidDate, RecordsText.InvalidDate.With(Iso(today)));
            return null;
        }

        if (date > today)
        {
            Add(field, ErrorCodes.FutureDate, RecordsText.FutureDate.With(Iso(today)));
            return null;
        }

        if (date < earliest)
        {
            Add(field, ErrorCodes.TooOld, RecordsText.TooOld.With(Iso(earliest)));
            return null;
        }

        return date;
    }

    /// <summary>The option whose code is <paramref name="value"/>, or an error.</summary>
    public T? Choice<T>(string field, string? value, Func<string, T?> parse, bool required)
        where T : struct
    {
        var text = Normalise(value);
        if (text is null)
        {
            if (required)
            {
                Add(field, ErrorCodes.Required, RecordsText.Required);
            }

            return null;
        }

        var choice = parse(text);
        if (choice is null)
        {
            Add(field, ErrorCodes.InvalidChoice, RecordsText.InvalidChoice);
        }

        return choice;
    }

    public static string Iso(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private void CheckIdentifiers(string field, string text)
    {
        var findings = detector.Find(text);
        if (findings.Count == 0)
        {
            return;
        }

        var first = findings[0];
        foreach (var f in findings)
        {
            IdentifierKinds.Add(f.Kind);
        }

        Add(field, ErrorCodes.Identifier, RecordsText.Identifier.With(RecordsText.Describe(first.Kind), first.MaskedExcerpt));
    }

    private static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
    }
}
