using System.Text.Json.Nodes;
using VastbusBot.Testing;

namespace VastbusBot.Manifest.Tests.Support;

/// <summary>One schema error as tests/tools/validate-manifest.mjs reports it.</summary>
internal sealed record SchemaError(string File, string InstancePath, string Keyword, string Message);

/// <summary>The outcome of a validate-manifest.mjs run.</summary>
internal sealed record ValidationResult(int ExitCode, bool Valid, IReadOnlyList<string> Schemas, IReadOnlyList<SchemaError> Errors, string RawOutput)
{
    public bool HasError(string instancePath, string keyword) =>
        Errors.Any(e => e.InstancePath == instancePath && e.Keyword == keyword);
}

/// <summary>Runs tests/tools/validate-manifest.mjs (ajv against the schemas bundled in node_modules).</summary>
internal static class ManifestValidator
{
    public const string Script = "tests/tools/validate-manifest.mjs";

    public static async Task<ValidationResult> RunAsync(string manifestPath, params string[] localizationPaths)
    {
        var result = await NodeTool.RunAsync(Script, [manifestPath, .. localizationPaths]);
        var output = JsonNode.Parse(result.StdOut)?.AsObject()
            ?? throw new InvalidDataException("validator printed no JSON; stderr: " + result.StdErr);

        var files = output["files"]!.AsArray();
        var schemas = files.Select(f => f!["schema"]?.GetValue<string>() ?? string.Empty).ToList();
        var errors = files
            .SelectMany(f => f!["errors"]!.AsArray().Select(e => new SchemaError(
                f["file"]!.GetValue<string>(),
                e!["instancePath"]!.GetValue<string>(),
                e["keyword"]!.GetValue<string>(),
                e["message"]?.GetValue<string>() ?? string.Empty)))
            .ToList();

        return new ValidationResult(result.ExitCode, output["valid"]!.GetValue<bool>(), schemas, errors, result.StdOut);
    }
}
