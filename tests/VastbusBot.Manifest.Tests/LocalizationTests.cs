using System.Text.Json;
using VastbusBot.Manifest.Tests.Support;

namespace VastbusBot.Manifest.Tests;

public sealed class LocalizationTests
{
    [Fact]
    public void Manifest_LocalizationInfo_SwedishDefaultWithEnglishFile()
    {
        var info = ManifestFiles.LoadManifest()["localizationInfo"]!;

        Assert.Equal("sv", info["defaultLanguageTag"]!.GetValue<string>());
        var english = Assert.Single(info["additionalLanguages"]!.AsArray())!;
        Assert.Equal("en", english["languageTag"]!.GetValue<string>());
        Assert.Equal("en.json", english["file"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(ManifestFiles.Folder, "en.json")));
    }

    [Fact]
    public void EnglishKeys_Each_ResolveToAStringInTheManifest()
    {
        var manifest = ManifestFiles.LoadManifest();
        var keys = ManifestFiles.LoadEnglish().Select(p => p.Key).Where(k => !LocalizationKey.IsMetadata(k)).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            var node = LocalizationKey.Resolve(manifest, key);
            Assert.True(node is not null, $"'{key}' does not exist in manifest.json");
            Assert.Equal(JsonValueKind.String, node!.GetValueKind());
        });
    }

    [Fact]
    public void English_NameAndDescriptions_AreTranslated()
    {
        var manifest = ManifestFiles.LoadManifest();
        var english = ManifestFiles.LoadEnglish();

        Assert.Equal("VastbusBot", english["name.short"]!.GetValue<string>());
        foreach (var key in new[] { "name.full", "description.short", "description.full" })
        {
            var translated = english[key]?.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(translated), key + " is missing");
            Assert.NotEqual(LocalizationKey.Resolve(manifest, key)!.GetValue<string>(), translated);
        }
    }

    [Theory]
    [InlineData("bots[0].commandLists[0].commands[99].title")]
    [InlineData("bots[1].botId")]
    [InlineData("name.nickname")]
    [InlineData("name.short[0]")]
    [InlineData("bots.commandLists")]
    public void Resolve_PathNotInManifest_ReturnsNull(string key)
    {
        Assert.Null(LocalizationKey.Resolve(ManifestFiles.LoadManifest(), key));
    }

    [Fact]
    public void Resolve_CommandTitlePath_ReturnsSwedishTitle()
    {
        var node = LocalizationKey.Resolve(ManifestFiles.LoadManifest(), "bots[0].commandLists[1].commands[7].title");

        Assert.Equal("boka ordförandeträff", node?.GetValue<string>());
    }
}
