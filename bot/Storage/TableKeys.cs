using System.Security.Cryptography;
using System.Text;

namespace VastbusBot.Storage;

/// <summary>
/// Turns Teams ids into safe Table Storage keys. Keys may not contain <c>/ \ # ?</c> or control characters, and
/// Teams ids are long and opaque, so ids that are not already safe are hashed.
/// </summary>
public static class TableKeys
{
    /// <summary>A stable, key-safe digest of <paramref name="value"/> (SHA-256, lowercase hex, 32 chars).</summary>
    public static string Hash(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    /// <summary>Returns <paramref name="value"/> unchanged when it is a safe key, otherwise its hash.</summary>
    public static string Safe(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length is > 0 and <= 200 && IsSafe(value))
        {
            return value;
        }

        return Hash(value);
    }

    private static bool IsSafe(string value)
    {
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
