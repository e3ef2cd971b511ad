using System.Globalization;
using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Cards;

/// <summary>How a banner at the top of a card looks.</summary>
public enum BannerKind
{
    Success,
    Info,
    Warning,
    Error,
}

/// <summary>A message shown at the top of a card: what just happened (saved, refused, changed by someone else).</summary>
public sealed record CardBanner(string Text, BannerKind Kind);

/// <summary>
/// Building blocks of the record and registry cards. Inputs carry their label, the typed value, <c>isRequired</c>
/// and <c>errorMessage</c> (so the client checks required fields before sending); errors found by the bot are
/// written in a red line right below the input, because clients show <c>errorMessage</c> only for their own checks.
/// </summary>
internal static class CardKit
{
    public const int ListExcerptLength = 90;

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static TextBlock Title(string text) =>
        new() { Text = text, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading };

    public static TextBlock Subtle(string text, Spacing? spacing = Spacing.None) =>
        new() { Text = text, IsSubtle = true, Spacing = spacing };

    public static TextBlock Section(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    /// <summary>
    /// User text as typed: TextRuns are never read as markdown (a "1." or "*" typed by the user stays as typed), and
    /// each line gets its own block because renderers collapse line breaks inside a run.
    /// </summary>
    public static IEnumerable<CardElement> Plain(string text, Spacing? spacing = Spacing.Small)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = true;
        foreach (var line in text.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return new RichTextBlock { Inlines = [new TextRun { Text = line.TrimEnd() }], Spacing = first ? spacing : Spacing.None };
            first = false;
        }
    }

    /// <summary>One line of user text after a bold label (a run of its own, so neither is read as markdown).</summary>
    public static RichTextBlock Labelled(string label, string text, Spacing? spacing = Spacing.Small) => new()
    {
        Spacing = spacing,
        Inlines = [new TextRun { Text = label + " ", Weight = TextWeight.Bolder }, new TextRun { Text = text }],
    };

    public static Container Banner(CardBanner banner)
    {
        ArgumentNullException.ThrowIfNull(banner);
        return new Container
        {
            Style = banner.Kind switch
            {
                BannerKind.Success => ContainerStyle.Good,
                BannerKind.Warning => ContainerStyle.Warning,
                BannerKind.Error => ContainerStyle.Attention,
                _ => ContainerStyle.Emphasis,
            },
            Items = [new TextBlock { Text = banner.Text, Weight = banner.Kind == BannerKind.Error ? TextWeight.Bolder : null }],
        };
    }

    /// <summary>
    /// The click action of a list row: an Action.Execute without the Action.Submit fallback that buttons carry. A list
    /// holds many rows and the fallback doubles each row's data; every Teams client runs Action.Execute, and the
    /// list's own buttons (with fallbacks) still work on a client that does not.
    /// </summary>
    public static ExecuteAction RowAction(string title, string verb, Dictionary<string, object?> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data[CardActions.VerbKey] = verb;
        return new ExecuteAction { Title = title, Verb = verb, Data = data };
    }

    public static TextBlock FieldError(string message) =>
        new() { Text = message, Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None };

    public static IEnumerable<CardElement> TextInput(
        string id,
        string label,
        string? value,
        IReadOnlyList<FieldError> errors,
        UiLanguage language,
        bool required = false,
        bool multiline = false,
        int? maxLength = null,
        string? placeholder = null)
    {
        yield return new InputText
        {
            Id = id,
            Label = label,
            Value = string.IsNullOrEmpty(value) ? null : value,
            IsMultiline = multiline ? true : null,
            MaxLength = maxLength,
            Placeholder = placeholder,
            IsRequired = required ? true : null,
            ErrorMessage = ErrorMessage(language, required),
        };
        foreach (var error in errors)
        {
            yield return FieldError(error.Message[language]);
        }
    }

    public static IEnumerable<CardElement> DateInput(
        string id, string label, string? value, IReadOnlyList<FieldError> errors, UiLanguage language, DateOnly? max, bool required = true)
    {
        yield return new InputDate
        {
            Id = id,
            Label = label,
            Value = string.IsNullOrEmpty(value) ? null : value,
            Max = max is { } m ? CardValues.Date(m) : null,
            IsRequired = required ? true : null,
            ErrorMessage = ErrorMessage(language, required),
        };
        foreach (var error in errors)
        {
            yield return FieldError(error.Message[language]);
        }
    }

    public static IEnumerable<CardElement> ChoiceInput(
        string id,
        string label,
        IEnumerable<Choice> choices,
        string? value,
        IReadOnlyList<FieldError> errors,
        UiLanguage language,
        bool required = false,
        bool multiSelect = false,
        ChoiceInputStyle? style = null,
        string? placeholder = null)
    {
        yield return new InputChoiceSet
        {
            Id = id,
            Label = label,
            Choices = [.. choices],
            Value = string.IsNullOrEmpty(value) ? null : value,
            IsMultiSelect = multiSelect ? true : null,
            Style = style,
            Placeholder = placeholder,
            IsRequired = required ? true : null,
            ErrorMessage = ErrorMessage(language, required),
        };
        foreach (var error in errors)
        {
            yield return FieldError(error.Message[language]);
        }
    }

    /// <summary>The top of a form card: its title, any banners, and the error summary when the form was refused.</summary>
    public static List<CardElement> FormHeader(
        string title, IEnumerable<CardBanner> banners, FormErrors errors, Func<string, string> labelOf, UiLanguage language)
    {
        var body = new List<CardElement> { Title(title) };
        body.AddRange(banners.Select(Banner));
        if (ErrorSummary(errors, labelOf, language) is { } summary)
        {
            body.Add(summary);
        }

        return body;
    }

    /// <summary>
    /// The red box at the top of a refused form: nothing was saved, and which fields to correct, so the user sees
    /// every problem even when the form is long.
    /// </summary>
    public static Container? ErrorSummary(FormErrors errors, Func<string, string> labelOf, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(labelOf);
        if (!errors.HasAny)
        {
            return null;
        }

        // The messages themselves stand next to their inputs; here the fields are named once each, so a long form
        // shows at the top what to look for without repeating every message.
        var intro = errors.HasIdentifier ? FormTexts.NothingSavedIdentifier : FormTexts.NothingSaved;
        var fields = errors.All.Select(e => labelOf(e.Field)).Distinct(StringComparer.Ordinal);
        return new Container
        {
            Style = ContainerStyle.Attention,
            Items =
            [
                new TextBlock { Text = intro[language], Weight = TextWeight.Bolder },
                new TextBlock { Text = string.Join(", ", fields), Spacing = Spacing.Small },
            ],
        };
    }

    /// <summary>"Deltagare, rad 3" for <c>participants[2].name</c>; the plain label for anything else.</summary>
    public static string ItemLabel(string field, string list, string listLabel, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!field.StartsWith(list + "[", StringComparison.Ordinal))
        {
            return listLabel;
        }

        var close = field.IndexOf(']', StringComparison.Ordinal);
        return close > list.Length + 1 && int.TryParse(field.AsSpan(list.Length + 1, close - list.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? FormTexts.RowOf.Format(language, listLabel, index + 1)
            : listLabel;
    }

    /// <summary>The first <paramref name="max"/> characters of <paramref name="text"/> on one line, with "…" when cut.</summary>
    public static string Excerpt(string? text, int max = ListExcerptLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= max ? line : line[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>Sorts choices the way a Swedish reader expects (Å, Ä, Ö last).</summary>
    public static IEnumerable<Choice> SortedSwedish(IEnumerable<Choice> choices) =>
        choices.OrderBy(c => c.Title, StringComparer.Create(Swedish, ignoreCase: true));

    /// <summary>What the client shows when its own check fails (an empty required field); the bot's errors are TextBlocks.</summary>
    private static string? ErrorMessage(UiLanguage language, bool required) => required ? RecordsText.Required[language] : null;
}
