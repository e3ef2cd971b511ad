using System.Text.Json.Nodes;
using VastbusBot.Manifest.Tests.Support;

namespace VastbusBot.Manifest.Tests;

public sealed class ManifestSchemaTests : IDisposable
{
    private const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json";

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("vastbusbot-manifest-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Validate_CommittedManifestAndEnglish_PassBundled122Schemas()
    {
        var result = await ManifestValidator.RunAsync(ManifestFiles.Manifest, ManifestFiles.English);

        Assert.True(result.Valid, result.RawOutput);
        Assert.Equal(0, result.ExitCode);
        Assert.Collection(
            result.Schemas.Select(s => s.Replace('\\', '/')),
            s => Assert.EndsWith("/teams/v1.22/MicrosoftTeams.schema.json", s, StringComparison.Ordinal),
            s => Assert.EndsWith("/teams/v1.22/MicrosoftTeams.Localization.schema.json", s, StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_Header_Declares122AndFixedIdentity()
    {
        var manifest = ManifestFiles.LoadManifest();

        Assert.Equal(SchemaUrl, manifest["$schema"]!.GetValue<string>());
        Assert.Equal("1.22", manifest["manifestVersion"]!.GetValue<string>());
        Assert.Equal("1.0.0", manifest["version"]!.GetValue<string>());
        var id = Guid.Parse(manifest["id"]!.GetValue<string>());
        Assert.NotEqual(Guid.Empty, id);
        Assert.Equal("VastbusBot", manifest["name"]!["short"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_Bot_IsConversationalWithPlaceholderIdInAllThreeScopes()
    {
        var bot = ManifestFiles.LoadManifest()["bots"]!.AsArray().Single()!;

        Assert.Equal(ManifestFiles.PlaceholderBotId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());
        Assert.False(bot["isNotificationOnly"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Validate_ManifestWithSeveralDefects_ReportsEachOne()
    {
        var manifest = ManifestFiles.LoadManifest();
        manifest["name"]!["short"] = new string('V', 40);
        manifest["bots"]![0]!.AsObject().Remove("botId");
        manifest["id"] = "5f0032d5-bfc5-48fb-8ace-910da10396fZ";

        var result = await ManifestValidator.RunAsync(ManifestFiles.Write(manifest, _work, "manifest.json"));

        Assert.False(result.Valid);
        Assert.Equal(1, result.ExitCode);
        Assert.True(result.HasError("/name/short", "maxLength"), result.RawOutput);
        Assert.True(result.HasError("/bots/0", "required"), result.RawOutput);
        Assert.True(result.HasError("/id", "pattern"), result.RawOutput);
    }

    [Theory]
    [InlineData("bot-id-not-guid", "/bots/0/botId", "pattern")]
    [InlineData("eleven-commands", "/bots/0/commandLists/0/commands", "maxItems")]
    [InlineData("privacy-url-without-scheme", "/developer/privacyUrl", "pattern")]
    [InlineData("manifest-version-mismatch", "/manifestVersion", "const")]
    [InlineData("unknown-bot-property", "/bots/0", "additionalProperties")]
    [InlineData("short-description-81-chars", "/description/short", "maxLength")]
    [InlineData("accent-color-not-hex", "/accentColor", "pattern")]
    public async Task Validate_BrokenManifest_IsRejected(string defect, string instancePath, string keyword)
    {
        var manifest = ManifestFiles.LoadManifest();
        Break(manifest, defect);

        var result = await ManifestValidator.RunAsync(ManifestFiles.Write(manifest, _work, "manifest.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.True(result.HasError(instancePath, keyword), result.RawOutput);
    }

    [Theory]
    [InlineData("short-description-81-chars", "/description.short", "maxLength")]
    [InlineData("missing-full-description", "", "required")]
    [InlineData("command-index-out-of-range", "", "additionalProperties")]
    public async Task Validate_BrokenLocalization_IsRejected(string defect, string instancePath, string keyword)
    {
        var english = ManifestFiles.LoadEnglish();
        switch (defect)
        {
            case "short-description-81-chars":
                english["description.short"] = new string('x', 81);
                break;
            case "missing-full-description":
                english.Remove("description.full");
                break;
            case "command-index-out-of-range":
                english["bots[0].commandLists[0].commands[10].title"] = "eleventh";
                break;
        }

        var result = await ManifestValidator.RunAsync(ManifestFiles.Manifest, ManifestFiles.Write(english, _work, "en.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.True(result.HasError(instancePath, keyword), result.RawOutput);
        Assert.DoesNotContain(result.Errors, e => e.File == ManifestFiles.Manifest);
    }

    [Fact]
    public async Task Validate_ManifestWithUnknownSchemaUrl_IsRejected()
    {
        var manifest = ManifestFiles.LoadManifest();
        manifest["$schema"] = "https://example.com/schemas/manifest.json";

        var result = await ManifestValidator.RunAsync(ManifestFiles.Write(manifest, _work, "manifest.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.True(result.HasError(string.Empty, "tool"), result.RawOutput);
    }

    private static void Break(JsonObject manifest, string defect)
    {
        var bot = manifest["bots"]![0]!.AsObject();
        switch (defect)
        {
            case "bot-id-not-guid":
                bot["botId"] = "vastbusbot";
                break;
            case "eleven-commands":
                var commands = bot["commandLists"]![0]!["commands"]!.AsArray();
                while (commands.Count < 11)
                {
                    commands.Add(new JsonObject { ["title"] = "extra " + commands.Count, ["description"] = "extra" });
                }

                break;
            case "privacy-url-without-scheme":
                manifest["developer"]!["privacyUrl"] = "www.vgregion.se";
                break;
            case "manifest-version-mismatch":
                manifest["manifestVersion"] = "1.21";
                break;
            case "unknown-bot-property":
                bot["supportsAnything"] = true;
                break;
            case "short-description-81-chars":
                manifest["description"]!["short"] = new string('x', 81);
                break;
            case "accent-color-not-hex":
                manifest["accentColor"] = "blue";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(defect), defect, "unknown defect");
        }
    }
}
