using System.Text;
using System.Text.RegularExpressions;

namespace VastbusBot.Features.Privacy;

/// <summary>
/// Finds direct identifiers in free text before anything is stored: Swedish personal identity and coordination
/// numbers (checksum and date verified), Swedish phone numbers and e-mail addresses.
/// </summary>
/// <remarks>
/// The rules lean towards not flagging ordinary record text: dates (2024-05-12, 12/5 2024, 05 12 2024), years,
/// counts, amounts (1 250 000 kr), SFS numbers (2001:453), case numbers (KS 2024/0123) and organisation numbers
/// (month 20+) are not identifiers. A ten-digit number is only an identity number when its checksum and date hold,
/// so a number with a typo in it is not caught; it is still refused when it is shaped like a phone number.
/// </remarks>
public sealed partial class PersonalIdentifierDetector
{
    private const int ExcerptContext = 24;

    /// <summary>Every identifier in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<IdentifierFinding> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var spans = new List<Span>();
        foreach (var match in IdentityNumberCandidate().EnumerateMatches(text))
        {
            if (SwedishIdentityNumber.Classify(text.AsSpan(match.Index, match.Length)) is { } kind)
            {
                spans.Add(new Span(kind, match.Index, match.Length));
            }
        }

        foreach (var match in EmailAddress().EnumerateMatches(text))
        {
            TryAdd(spans, new Span(IdentifierKind.EmailAddress, match.Index, match.Length));
        }

        FindPhoneNumbers(text, spans);
        if (spans.Count == 0)
        {
            return [];
        }

        spans.Sort((a, b) => a.Index.CompareTo(b.Index));
        return ToFindings(text, spans);
    }

    /// <summary>True when <paramref name="text"/> holds at least one identifier.</summary>
    public bool ContainsIdentifier(string? text) => Find(text).Count > 0;

    /// <summary>The identifier with its first two digits (or the first letter of an e-mail address) kept.</summary>
    public static string Mask(IdentifierKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (kind == IdentifierKind.EmailAddress)
        {
            var dot = value.LastIndexOf('.');
            return value[..1] + "***@***" + (dot > 0 ? value[dot..] : string.Empty);
        }

        var chars = value.ToCharArray();
        var digits = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]) && ++digits > 2)
            {
                chars[i] = '*';
            }
        }

        return new string(chars);
    }

    private static List<IdentifierFinding> ToFindings(string text, List<Span> spans)
    {
        // Mask every identifier once; each excerpt is cut from the masked text, so no excerpt shows another identifier.
        var masked = new StringBuilder(text.Length);
        var positions = new List<(int Start, int Length, string Value)>(spans.Count);
        var cursor = 0;
        foreach (var span in spans)
        {
            masked.Append(text, cursor, span.Index - cursor);
            var value = Mask(span.Kind, text.Substring(span.Index, span.Length));
            positions.Add((masked.Length, value.Length, value));
            masked.Append(value);
            cursor = span.Index + span.Length;
        }

        masked.Append(text, cursor, text.Length - cursor);
        var maskedText = masked.ToString();

        var findings = new List<IdentifierFinding>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, length, value) = positions[i];
            var from = Math.Max(0, start - ExcerptContext);
            var to = Math.Min(maskedText.Length, start + length + ExcerptContext);
            var excerpt = WhitespaceRun().Replace(maskedText[from..to], " ").Trim();
            excerpt = (from > 0 ? "…" : string.Empty) + excerpt + (to < maskedText.Length ? "…" : string.Empty);
            findings.Add(new IdentifierFinding(spans[i].Kind, spans[i].Index, spans[i].Length, value, excerpt));
        }

        return findings;
    }

    private static void FindPhoneNumbers(string text, List<Span> spans)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int digitsFrom;
            bool international;
            if (c == '+' && At(text, i + 1, "46"))
            {
                (international, digitsFrom) = (true, i + 3);
            }
            else if (c == '0' && At(text, i, "0046"))
            {
                (international, digitsFrom) = (true, i + 4);
            }
            else if (c == '0' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                (international, digitsFrom) = (false, i);
            }
            else
            {
                continue;
            }

            if (!StartsAtBoundary(text, i))
            {
                continue;
            }

            if (international)
            {
                digitsFrom = SkipInternationalPrefixNoise(text, digitsFrom);
            }

            var groups = DigitGroups(text, digitsFrom);
            for (var k = groups.Count; k >= 1; k--)
            {
                var candidate = groups.GetRange(0, k);
                if (international ? IsInternationalNumber(text, candidate) : IsNationalNumber(text, candidate))
                {
                    var end = candidate[^1].End;
                    if (TryAdd(spans, new Span(IdentifierKind.PhoneNumber, i, end - i)))
                    {
                        i = end - 1;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>Digit runs joined by one space, one hyphen or " - " (how Swedish numbers are written).</summary>
    private static List<Group> DigitGroups(string text, int from)
    {
        var groups = new List<Group>();
        var p = from;
        var separator = '\0';
        while (true)
        {
            var start = p;
            while (p < text.Length && char.IsAsciiDigit(text[p]))
            {
                p++;
            }

            if (p == start)
            {
                break;
            }

            groups.Add(new Group(start, p, separator));
            var q = p;
            if (At(text, q, " - "))
            {
                (q, separator) = (q + 3, '-');
            }
            else if (q < text.Length && text[q] is ' ' or '-')
            {
                (q, separator) = (q + 1, text[q]);
            }
            else
            {
                break;
            }

            if (q >= text.Length || !char.IsAsciiDigit(text[q]))
            {
                break;
            }

            p = q;
        }

        return groups;
    }

    private static bool IsInternationalNumber(string text, List<Group> groups)
    {
        var digits = Digits(text, groups);
        if (digits.StartsWith('0'))
        {
            digits = digits[1..]; // "+46 070-..." is a common way of writing "+46 70-..."
        }

        return digits.Length is >= 7 and <= 9 && digits[0] != '0';
    }

    private static bool IsNationalNumber(string text, List<Group> groups)
    {
        var digits = Digits(text, groups);
        if (digits.Length < 8 || digits.Length > 10)
        {
            return false;
        }

        // 07x is only used for mobile and other non-geographic numbers, which always have ten digits.
        if (digits[1] == '7')
        {
            return digits.Length == 10;
        }

        if (LooksLikeDate(text, groups))
        {
            return false;
        }

        var hyphens = groups.Count(g => g.SeparatorBefore == '-');
        if (hyphens > 1 || (hyphens == 1 && groups[1].SeparatorBefore != '-'))
        {
            return false; // "01-02-2024" is a date; a landline has its one hyphen after the area code.
        }

        if (groups.Count == 1)
        {
            return digits.Length >= 9;
        }

        // An area code of 2–4 digits followed by a subscriber number of at least 5 digits.
        var area = groups[0].End - groups[0].Start;
        return area is >= 2 and <= 4 ? digits.Length - area >= 5 : digits.Length >= 9;
    }

    /// <summary>"05 12 2024": day, month and a year in separate groups.</summary>
    private static bool LooksLikeDate(string text, List<Group> groups)
    {
        if (groups.Count < 3 || groups[0].Length is not (1 or 2) || groups[1].Length is not (1 or 2) || groups[2].Length != 4)
        {
            return false;
        }

        var year = text.AsSpan(groups[2].Start, 2);
        return year is "19" or "20";
    }

    private static string Digits(string text, List<Group> groups)
    {
        var sb = new StringBuilder(12);
        foreach (var g in groups)
        {
            sb.Append(text, g.Start, g.Length);
        }

        return sb.ToString();
    }

    private static int SkipInternationalPrefixNoise(string text, int p)
    {
        if (p < text.Length && text[p] is ' ' or '-')
        {
            p++;
        }

        if (At(text, p, "(0)"))
        {
            p += 3;
            if (p < text.Length && text[p] is ' ' or '-')
            {
                p++;
            }
        }

        return p;
    }

    /// <summary>A phone number does not continue a word, a number, a case number (KS 2024/0123) or a decimal.</summary>
    private static bool StartsAtBoundary(string text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var before = text[i - 1];
        if (char.IsLetterOrDigit(before) || before is '_' or '/' or '+')
        {
            return false;
        }

        // "3,07..." and "2024-0123..." continue a number; "Tel.", "tel:" and "mobil -" are fine.
        return !(before is '-' or '.' or ',' && i >= 2 && char.IsAsciiDigit(text[i - 2]));
    }

    private static bool At(string text, int index, string value) =>
        index >= 0 && index + value.Length <= text.Length && string.CompareOrdinal(text, index, value, 0, value.Length) == 0;

    private static bool TryAdd(List<Span> spans, Span span)
    {
        foreach (var s in spans)
        {
            if (span.Index < s.Index + s.Length && s.Index < span.Index + span.Length)
            {
                return false;
            }
        }

        spans.Add(span);
        return true;
    }

    // 10 or 12 digits with an optional '-' or '+' before the last four; not part of a longer number.
    [GeneratedRegex(@"(?<!\d)(?:(?:18|19|20)\d{6}|\d{6})[-+]?\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityNumberCandidate();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?)*\.\p{L}{2,}(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRun();

    private readonly record struct Span(IdentifierKind Kind, int Index, int Length);

    private readonly record struct Group(int Start, int End, char SeparatorBefore)
    {
        public int Length => End - Start;
    }
}
