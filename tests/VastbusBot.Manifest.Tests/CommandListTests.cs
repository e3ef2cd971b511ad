using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VastbusBot.Manifest.Tests.Support;

namespace VastbusBot.Manifest.Tests;

public sealed partial class CommandListTests
{
    // The bot receives the title as plain text, so these are the exact phrases the bot's router must accept.
    private static readonly string[] SwedishTitles =
        ["hjälp", "logga möte", "visa möten", "rapportera avvikelse", "visa avvikelser", "påminnelser", "årsberättelse", "boka ordförandeträff"];

    private static readonly string[] EnglishTitles =
        ["help", "log meeting", "show meetings", "report deviation", "show deviations", "reminders", "annual report", "book chairs meeting"];

    private static JsonArray CommandLists() => ManifestFiles.LoadManifest()["bots"]![0]!["commandLists"]!.AsArray();

    [Fact]
    public void CommandLists_Scopes_OneForPersonalOneForTeamAndGroupChat()
    {
        var scopes = CommandLists()
            .Select(l => l!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray())
            .ToList();

        Assert.Equal(2, scopes.Count);
        Assert.Equal(["personal"], scopes[0]);
        Assert.Equal(["groupChat", "team"], scopes[1]);
    }

    [Fact]
    public void CommandLists_Each_HasAtMostTenCommandsWithDescriptions()
    {
        foreach (var list in CommandLists())
        {
            var commands = list!["commands"]!.AsArray();
            Assert.InRange(commands.Count, 1, 10);
            Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace(c!["description"]?.GetValue<string>())));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void CommandList_SwedishTitles_AreTheBotsCommandPhrases(int listIndex)
    {
        var titles = CommandLists()[listIndex]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>());

        Assert.Equal(SwedishTitles, titles);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void CommandList_English_TranslatesEveryTitleAndDescription(int listIndex)
    {
        var swedishCount = CommandLists()[listIndex]!["commands"]!.AsArray().Count;
        var english = ManifestFiles.LoadEnglish();

        var titles = EnglishCommandField(english, listIndex, "title");
        var descriptions = EnglishCommandField(english, listIndex, "description");

        Assert.Equal(swedishCount, titles.Count);
        Assert.Equal(swedishCount, descriptions.Count);
        Assert.Equal(Enumerable.Range(0, swedishCount), titles.Keys.Order());
        Assert.Equal(Enumerable.Range(0, swedishCount), descriptions.Keys.Order());
        Assert.Equal(EnglishTitles, titles.OrderBy(t => t.Key).Select(t => t.Value));
    }

    /// <summary>command index → value for every <c>bots[0].commandLists[i].commands[j].field</c> key.</summary>
    private static Dictionary<int, string> EnglishCommandField(JsonObject english, int listIndex, string field) =>
        english
            .Select(p => (Match: CommandKey().Match(p.Key), p.Value))
            .Where(p => p.Match.Success
                && p.Match.Groups["list"].Value == listIndex.ToString(CultureInfo.InvariantCulture)
                && p.Match.Groups["field"].Value == field)
            .ToDictionary(p => int.Parse(p.Match.Groups["command"].Value, CultureInfo.InvariantCulture), p => p.Value!.GetValue<string>());

    [GeneratedRegex(@"^bots\[0\]\.commandLists\[(?<list>[0-9]+)\]\.commands\[(?<command>[0-9]+)\]\.(?<field>title|description)$")]
    private static partial Regex CommandKey();
}
