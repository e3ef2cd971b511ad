namespace VastbusBot.Protocol.Schema;

/// <summary>Removes <c>&lt;at&gt;...&lt;/at&gt;</c> tags from message text without gluing the neighbouring words.</summary>
internal static class MentionText
{
    private const string OpenTag = "<at>";
    private const string CloseTag = "</at>";

    public static bool RemoveAll(ref string text, string tag)
    {
        var removed = false;
        int index;
        while ((index = text.IndexOf(tag, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            text = RemoveAt(text, index, tag.Length);
            removed = true;
        }

        return removed;
    }

    public static string RemoveLeadingTag(string text, Func<string, bool> keep)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (!text.AsSpan(start).StartsWith(OpenTag, StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var end = text.IndexOf(CloseTag, start, StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            return text;
        }

        var length = end + CloseTag.Length - start;
        return keep(text.Substring(start, length)) ? text : RemoveAt(text, start, length);
    }

    private static string RemoveAt(string text, int index, int length)
    {
        var before = index > 0 && text[index - 1] == ' ';
        var after = index + length < text.Length && text[index + length] == ' ';
        // "ask <at>Bot</at> now" -> "ask now", not "ask  now".
        return text.Remove(index, before && after ? length + 1 : length);
    }
}
