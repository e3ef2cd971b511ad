using System.Security.Cryptography;
using System.Text;

namespace VastbusBot.GraphIntegration.Calendar;

/// <summary>Stable idempotency keys for event creation.</summary>
public static class TransactionIds
{
    /// <summary>
    /// A GUID-formatted key derived from <paramref name="parts"/> (e.g. the conversation id, the proposal id and the
    /// chosen start): the same parts always give the same key, so a second click books nothing new.
    /// </summary>
    public static string For(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0)
        {
            throw new ArgumentException("At least one part is needed.", nameof(parts));
        }

        // Length-prefixing keeps ("ab", "c") and ("a", "bc") apart.
        var text = string.Concat(parts.Select(p => $"{p.Length}:{p}|"));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
