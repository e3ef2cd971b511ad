using System.Globalization;

namespace VastbusBot.Features.Records.Commands;

/// <summary>
/// The words after a records command: a year (four digits) anywhere, and the rest (a municipality's name, or the
/// status words of <c>visa avvikelser</c>).
/// </summary>
/// <param name="Year">The year given, or null.</param>
/// <param name="InvalidYear">A number that is not a year the records can hold (before 2000 or after this year).</param>
/// <param name="Words">The other words, in the order typed.</param>
public sealed record CommandArguments(int? Year, string? InvalidYear, IReadOnlyList<string> Words)
{
    public const int FirstYear = 2000;

    /// <summary>The other words joined, or null when there are none.</summary>
    public string? Rest => Words.Count == 0 ? null : string.Join(' ', Words);

    public static CommandArguments Parse(string? argument, int currentYear)
    {
        int? year = null;
        string? invalid = null;
        var words = new List<string>();
        foreach (var word in (argument ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = word.Trim(',', '.', ';');
            if (token.Length > 0 && token.All(char.IsAsciiDigit))
            {
                if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= FirstYear && y <= currentYear && token.Length == 4)
                {
                    year = y;
                }
                else
                {
                    invalid ??= token;
                }

                continue;
            }

            if (token.Length > 0)
            {
                words.Add(token);
            }
        }

        return new CommandArguments(year, invalid, words);
    }
}
