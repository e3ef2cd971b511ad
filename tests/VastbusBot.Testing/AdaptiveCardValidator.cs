using System.Text.Json;

namespace VastbusBot.Testing;

/// <summary>
/// Validates Adaptive Card JSON with tests/tools/validate-cards.mjs (the adaptivecards npm object model, schema 1.5,
/// plus the Teams rules that library does not check).
/// </summary>
public static class AdaptiveCardValidator
{
    public const string ScriptPath = "tests/tools/validate-cards.mjs";

    /// <summary>Validates several cards in one node run; returns every name with its issues (empty = valid).</summary>
    /// <exception cref="InvalidOperationException">The validator itself failed (not: a card is invalid).</exception>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ValidateAsync(
        IReadOnlyDictionary<string, string> cardJsonByName,
        TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(cardJsonByName);
        if (cardJsonByName.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        var directory = Directory.CreateTempSubdirectory("vastbus-cards-");
        try
        {
            // Names may hold characters that are not valid in file names, so files are numbered.
            var nameByFile = new Dictionary<string, string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var (name, json) in cardJsonByName)
            {
                var file = Path.Combine(directory.FullName, $"card-{index++:D4}.json");
                await File.WriteAllTextAsync(file, json);
                nameByFile[file] = name;
            }

            var result = await NodeTool.RunAsync(ScriptPath, nameByFile.Keys, timeout: timeout);
            if (result.ExitCode is not (0 or 1))
            {
                throw new InvalidOperationException($"{ScriptPath} failed with exit code {result.ExitCode}: {result.StdErr}");
            }

            var issuesByFile = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(result.StdOut)
                ?? throw new InvalidOperationException($"{ScriptPath} printed no result: {result.StdErr}");
            var issuesByName = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (file, name) in nameByFile)
            {
                issuesByName[name] = issuesByFile.TryGetValue(file, out var issues)
                    ? issues
                    : throw new InvalidOperationException($"{ScriptPath} reported nothing for card \"{name}\".");
            }

            return issuesByName;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Validates one card; returns its issues (empty = valid).</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string cardJson, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(cardJson);
        const string Name = "card";
        var issues = await ValidateAsync(new Dictionary<string, string> { [Name] = cardJson }, timeout);
        return issues[Name];
    }
}
