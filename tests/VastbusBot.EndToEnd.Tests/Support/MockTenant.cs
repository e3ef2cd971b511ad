using System.Text.RegularExpressions;

namespace VastbusBot.EndToEnd.Tests.Support;

/// <summary>
/// The repository's mock Teams tenant (<c>.m365agentsplayground.yml</c>, the one scripts/run-local.sh uses) with
/// another personal-chat id. The file fixes that id, and the playground ignores <c>--conversation-id</c> when a file
/// is given, so each test writes its own copy to get a conversation the bot has never seen.
/// </summary>
internal static partial class MockTenant
{
    /// <summary>Writes the copy to a temp file and returns its path; the caller deletes it.</summary>
    public static string WriteWithPersonalChat(string conversationId)
    {
        var source = RepoPaths.Combine(".m365agentsplayground.yml");
        var yaml = File.ReadAllText(source);
        var replaced = PersonalChatId().Replace(yaml, m => m.Groups["prefix"].Value + "\"" + conversationId + "\"", 1);
        if (replaced == yaml)
        {
            throw new InvalidOperationException($"{source} has no `personalChat: id:` entry to replace.");
        }

        var path = Path.Combine(Path.GetTempPath(), $"vastbusbot-e2e-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, replaced);
        return path;
    }

    [GeneratedRegex(@"^(?<prefix>personalChat:\s*\r?\n\s+id:\s*).+$", RegexOptions.Multiline)]
    private static partial Regex PersonalChatId();
}
