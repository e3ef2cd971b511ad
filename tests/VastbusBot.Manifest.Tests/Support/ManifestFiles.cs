using System.Text.Json.Nodes;
using VastbusBot.Testing;

namespace VastbusBot.Manifest.Tests.Support;

/// <summary>Paths to the committed Teams app package sources and helpers to load them.</summary>
internal static class ManifestFiles
{
    public const string PlaceholderBotId = "00000000-0000-0000-0000-000000000000";

    public static string Folder => RepoPaths.Combine("manifest");

    public static string Manifest => Path.Combine(Folder, "manifest.json");

    public static string English => Path.Combine(Folder, "en.json");

    public static string ColorIcon => Path.Combine(Folder, "color.png");

    public static string OutlineIcon => Path.Combine(Folder, "outline.png");

    public static JsonObject LoadManifest() => LoadObject(Manifest);

    public static JsonObject LoadEnglish() => LoadObject(English);

    public static JsonObject LoadObject(string path) =>
        JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException(path + " is not a JSON object");

    /// <summary>Writes <paramref name="json"/> as <paramref name="fileName"/> in <paramref name="folder"/> and returns its path.</summary>
    public static string Write(JsonNode json, DirectoryInfo folder, string fileName)
    {
        var path = Path.Combine(folder.FullName, fileName);
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }
}
