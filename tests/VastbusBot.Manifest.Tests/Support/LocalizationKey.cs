using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace VastbusBot.Manifest.Tests.Support;

/// <summary>
/// Resolves the flat keys of a Teams localization file (e.g. <c>bots[0].commandLists[1].commands[2].title</c>)
/// against the manifest they translate.
/// </summary>
internal static partial class LocalizationKey
{
    /// <summary>Keys in a localization file that are not manifest paths.</summary>
    public static bool IsMetadata(string key) => key is "$schema" or "localizationKeys";

    /// <summary>The manifest node the key points at, or null when any step of the path does not exist.</summary>
    public static JsonNode? Resolve(JsonNode manifest, string key)
    {
        JsonNode? node = manifest;
        foreach (var segment in key.Split('.'))
        {
            var match = SegmentPattern().Match(segment);
            if (!match.Success || node is not JsonObject obj || !obj.TryGetPropertyValue(match.Groups["name"].Value, out node))
            {
                return null;
            }

            foreach (Capture index in match.Groups["index"].Captures)
            {
                var i = int.Parse(index.Value, CultureInfo.InvariantCulture);
                if (node is not JsonArray array || i >= array.Count)
                {
                    return null;
                }

                node = array[i];
            }
        }

        return node;
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z_$][A-Za-z0-9_]*)(\[(?<index>[0-9]+)\])*$")]
    private static partial Regex SegmentPattern();
}
