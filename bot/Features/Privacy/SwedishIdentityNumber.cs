namespace VastbusBot.Features.Privacy;

/// <summary>
/// Checks whether a digit string is a Swedish personal identity number (personnummer) or coordination number
/// (samordningsnummer): <c>[CC]YYMMDD[-+]NNNC</c> where the last digit is the Luhn checksum of the ten digits
/// <c>YYMMDDNNN</c>, the month is 01–12 and the day is a real day of that month (plus 60 for a samordningsnummer).
/// </summary>
public static class SwedishIdentityNumber
{
    /// <summary>The kind of number <paramref name="candidate"/> is, or null when it is neither.</summary>
    /// <param name="candidate">10 or 12 digits, optionally with one '-' or '+' before the last four.</param>
    public static IdentifierKind? Classify(ReadOnlySpan<char> candidate)
    {
        Span<int> digits = stackalloc int[12];
        var count = 0;
        var separatorAt = -1;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 12)
                {
                    return null;
                }

                digits[count++] = c - '0';
            }
            else if (c is '-' or '+' && separatorAt < 0)
            {
                separatorAt = count;
            }
            else
            {
                return null;
            }
        }

        if (count is not (10 or 12) || (separatorAt >= 0 && separatorAt != count - 4))
        {
            return null;
        }

        var offset = count - 10;
        var ten = digits.Slice(offset, 10);
        if (!HasValidChecksum(ten))
        {
            return null;
        }

        int? century = count == 12 ? (digits[0] * 10) + digits[1] : null;
        if (century is not (null or 18 or 19 or 20))
        {
            return null;
        }

        var yy = (ten[0] * 10) + ten[1];
        var month = (ten[2] * 10) + ten[3];
        var day = (ten[4] * 10) + ten[5];
        var kind = IdentifierKind.PersonalIdentityNumber;
        if (day > 60)
        {
            kind = IdentifierKind.CoordinationNumber;
            day -= 60;
        }

        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        // Without a century the year is 19YY or 20YY (18YY for a '+'); only 29 February depends on which.
        var valid = century is { } cc
            ? day <= DateTime.DaysInMonth((cc * 100) + yy, month)
            : day <= DateTime.DaysInMonth(1900 + yy, month) || day <= DateTime.DaysInMonth(2000 + yy, month);
        return valid ? kind : null;
    }

    /// <summary>The Luhn (mod 10) check over the ten digits YYMMDDNNNC.</summary>
    internal static bool HasValidChecksum(ReadOnlySpan<int> tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < tenDigits.Length; i++)
        {
            var value = i % 2 == 0 ? tenDigits[i] * 2 : tenDigits[i];
            sum += value > 9 ? value - 9 : value;
        }

        return sum % 10 == 0;
    }
}
