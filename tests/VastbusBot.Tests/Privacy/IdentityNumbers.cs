using System.Globalization;

namespace VastbusBot.Tests.Privacy;

/// <summary>How a test identity number is written.</summary>
public enum IdFormat
{
    /// <summary>YYMMDDNNNC</summary>
    Ten,

    /// <summary>YYMMDD-NNNC</summary>
    TenDash,

    /// <summary>YYMMDD+NNNC (100 years or older)</summary>
    TenPlus,

    /// <summary>CCYYMMDDNNNC</summary>
    Twelve,

    /// <summary>CCYYMMDD-NNNC</summary>
    TwelveDash,
}

/// <summary>
/// Builds Swedish personal identity and coordination numbers for tests. The check digit is computed here, from
/// Skatteverket's description (Luhn over YYMMDDNNN, weights 2,1,2,…), independently of the production code.
/// </summary>
internal static class IdentityNumbers
{
    /// <summary>The Luhn check digit of the nine digits YYMMDDNNN.</summary>
    public static int CheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += (product / 10) + (product % 10);
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>A personnummer (or, with <paramref name="coordination"/>, a samordningsnummer: day + 60).</summary>
    public static string For(DateOnly birth, int serial, IdFormat format, bool coordination = false) =>
        Raw(birth.Year, birth.Month, birth.Day + (coordination ? 60 : 0), serial, format);

    /// <summary>
    /// A number from raw parts with a correct check digit, whether or not the date exists: lets tests prove that the
    /// date check (not the checksum) rejects month 13 or 30 February.
    /// </summary>
    public static string Raw(int year, int month, int day, int serial, IdFormat format)
    {
        var nine = string.Create(CultureInfo.InvariantCulture, $"{year % 100:D2}{month:D2}{day:D2}{serial:D3}");
        return Write(year / 100, nine, CheckDigit(nine), format);
    }

    /// <summary>The same number with each of the nine wrong check digits.</summary>
    public static IEnumerable<string> WithWrongCheckDigits(string number)
    {
        var last = number[^1] - '0';
        for (var d = 1; d <= 9; d++)
        {
            yield return number[..^1] + (char)('0' + ((last + d) % 10));
        }
    }

    /// <summary>Deterministic valid numbers across a century, in every format.</summary>
    public static IEnumerable<(string Number, bool Coordination)> Samples(int count, int seed)
    {
        var random = new Random(seed);
        var formats = Enum.GetValues<IdFormat>();
        for (var i = 0; i < count; i++)
        {
            var birth = new DateOnly(1925, 1, 1).AddDays(random.Next(365 * 99));
            var format = formats[i % formats.Length];
            if (format == IdFormat.TenPlus)
            {
                birth = new DateOnly(1900 + random.Next(25), 1, 1).AddDays(random.Next(365));
            }

            var coordination = i % 3 == 0;
            yield return (For(birth, random.Next(1000), format, coordination), coordination);
        }
    }

    private static string Write(int century, string nine, int check, IdFormat format) => format switch
    {
        IdFormat.Ten => $"{nine}{check}",
        IdFormat.TenDash => $"{nine[..6]}-{nine[6..]}{check}",
        IdFormat.TenPlus => $"{nine[..6]}+{nine[6..]}{check}",
        IdFormat.Twelve => string.Create(CultureInfo.InvariantCulture, $"{century:D2}{nine}{check}"),
        IdFormat.TwelveDash => string.Create(CultureInfo.InvariantCulture, $"{century:D2}{nine[..6]}-{nine[6..]}{check}"),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
