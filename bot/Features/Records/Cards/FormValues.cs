using System.Globalization;
using System.Text.Json;
using VastbusBot.Conversation;

namespace VastbusBot.Features.Records.Cards;

/// <summary>
/// What a card action sent: the button's data merged with the user's inputs. Inputs arrive as strings
/// (Input.Date as <c>yyyy-MM-dd</c>, a multi-select ChoiceSet as comma-separated values); anything else is ignored.
/// </summary>
public sealed class FormValues
{
    private readonly JsonElement _data;

    public FormValues(JsonElement data) => _data = data;

    public static FormValues From(CardActionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new FormValues(request.Data);
    }

    /// <summary>The value of <paramref name="key"/> as text, or null when it is absent or not a string or number.</summary>
    public string? Get(string key)
    {
        if (_data.ValueKind != JsonValueKind.Object || !_data.TryGetProperty(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    /// <summary>An integer value, or <paramref name="fallback"/>.</summary>
    public int GetInt(string key, int fallback) =>
        int.TryParse(Get(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    /// <summary>The values of a multi-select ChoiceSet (comma-separated), trimmed, blanks dropped.</summary>
    public IReadOnlyList<string> GetMany(string key) =>
        Get(key) is { } text
            ? [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];
}
