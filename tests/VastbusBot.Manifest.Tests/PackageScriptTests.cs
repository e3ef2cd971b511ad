using System.IO.Compression;
using System.Text.Json.Nodes;
using VastbusBot.Manifest.Tests.Support;

namespace VastbusBot.Manifest.Tests;

public sealed class PackageScriptTests : IDisposable
{
    private const string Script = "scripts/package-manifest.sh";
    private const string AppId = "3f2b8c1e-4d5a-4e6f-9a0b-1c2d3e4f5a6b";

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("vastbusbot-package-");

    private string ZipPath => Path.Combine(_work.FullName, "out", "vastbusbot.zip");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Package_WithAppIdArgument_ZipsExactlyTheFourFilesAtTheRoot()
    {
        var run = await PackageAsync([AppId]);

        Assert.True(run.ExitCode == 0, run.StdErr);
        using var zip = ZipFile.OpenRead(ZipPath);
        Assert.Equal(
            ["color.png", "en.json", "manifest.json", "outline.png"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(ManifestFiles.English), ReadEntry(zip, "en.json"));
        Assert.Equal(File.ReadAllBytes(ManifestFiles.ColorIcon), ReadEntry(zip, "color.png"));
        Assert.Equal(File.ReadAllBytes(ManifestFiles.OutlineIcon), ReadEntry(zip, "outline.png"));
    }

    [Fact]
    public async Task Package_WithAppIdArgument_SubstitutesBotIdAndChangesNothingElse()
    {
        var run = await PackageAsync([AppId]);

        Assert.True(run.ExitCode == 0, run.StdErr);
        var packaged = ReadZippedManifest();
        Assert.Equal(AppId, packaged["bots"]![0]!["botId"]!.GetValue<string>());
        packaged["bots"]![0]!["botId"] = ManifestFiles.PlaceholderBotId;
        Assert.True(JsonNode.DeepEquals(ManifestFiles.LoadManifest(), packaged), packaged.ToJsonString());
    }

    [Fact]
    public async Task Package_ZippedManifestAndLocalization_ValidateAgainstSchemas()
    {
        var run = await PackageAsync([AppId]);
        Assert.True(run.ExitCode == 0, run.StdErr);

        var extracted = Path.Combine(_work.FullName, "extracted");
        ZipFile.ExtractToDirectory(ZipPath, extracted);
        var result = await ManifestValidator.RunAsync(Path.Combine(extracted, "manifest.json"), Path.Combine(extracted, "en.json"));

        Assert.True(result.Valid, result.RawOutput);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Package_WithoutArgument_UsesMicrosoftAppIdVariable()
    {
        var run = await PackageAsync([], new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId.ToUpperInvariant() });

        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Equal(AppId, ReadZippedManifest()["bots"]![0]!["botId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("3f2b8c1e-4d5a-4e6f-9a0b-1c2d3e4f5a6")]
    [InlineData("{3f2b8c1e-4d5a-4e6f-9a0b-1c2d3e4f5a6b}")]
    [InlineData("3f2b8c1e4d5a4e6f9a0b1c2d3e4f5a6b")]
    [InlineData("3f2b8c1e-4d5a-4e6f-9a0b-1c2d3e4f5a6b; rm -rf /")]
    [InlineData(ManifestFiles.PlaceholderBotId)]
    public async Task Package_WithInvalidAppId_FailsWithoutWritingZip(string appId)
    {
        var run = await PackageAsync([appId]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("error", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [Fact]
    public async Task Package_WithNoAppIdAtAll_Fails()
    {
        var run = await PackageAsync([]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("MicrosoftAppId", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [Fact]
    public async Task Package_WithDeveloperUrlOverrides_WritesThemIntoManifest()
    {
        var run = await PackageAsync([AppId], new Dictionary<string, string?>
        {
            ["VASTBUSBOT_WEBSITE_URL"] = "https://vastbus.example.se/",
            ["VASTBUSBOT_PRIVACY_URL"] = "https://vastbus.example.se/integritet",
            ["VASTBUSBOT_TERMS_URL"] = "https://vastbus.example.se/villkor",
        });

        Assert.True(run.ExitCode == 0, run.StdErr);
        var developer = ReadZippedManifest()["developer"]!;
        Assert.Equal("https://vastbus.example.se/", developer["websiteUrl"]!.GetValue<string>());
        Assert.Equal("https://vastbus.example.se/integritet", developer["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://vastbus.example.se/villkor", developer["termsOfUseUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Package_WithNonHttpsDeveloperUrl_Fails()
    {
        var run = await PackageAsync([AppId], new Dictionary<string, string?> { ["VASTBUSBOT_PRIVACY_URL"] = "http://vastbus.example.se/" });

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("VASTBUSBOT_PRIVACY_URL", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    private Task<ScriptRunner.Result> PackageAsync(string[] args, Dictionary<string, string?>? environment = null)
    {
        // Start from a clean slate so a developer's own MicrosoftAppId or URL overrides cannot leak in.
        var env = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = null,
            ["VASTBUSBOT_WEBSITE_URL"] = null,
            ["VASTBUSBOT_PRIVACY_URL"] = null,
            ["VASTBUSBOT_TERMS_URL"] = null,
            ["PACKAGE_OUTPUT"] = ZipPath,
        };
        foreach (var (name, value) in environment ?? [])
        {
            env[name] = value;
        }

        return ScriptRunner.RunBashAsync(Script, args, env);
    }

    private JsonObject ReadZippedManifest()
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        return JsonNode.Parse(ReadEntry(zip, "manifest.json"))!.AsObject();
    }

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException(name + " is not in the package");
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
