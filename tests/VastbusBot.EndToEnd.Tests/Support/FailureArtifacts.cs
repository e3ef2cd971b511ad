using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace VastbusBot.EndToEnd.Tests.Support;

/// <summary>
/// What a failed end-to-end test leaves for diagnosis, in the git-ignored <c>TestResults/e2e/&lt;test&gt;-&lt;time&gt;/</c>
/// with <c>screenshot.png</c>, <c>page.html</c>, <c>trace.zip</c> (Playwright trace), <c>bot.log</c>,
/// <c>playground.log</c> and <c>failure.txt</c>. View the trace with
/// <c>npx playwright-core show-trace --host 127.0.0.1 --port 9323 trace.zip</c> and a browser at that address
/// (works offline). Set VASTBUSBOT_E2E_ARTIFACTS=always to keep them for passing tests too.
/// </summary>
internal static class FailureArtifacts
{
    public static bool AlwaysSave =>
        string.Equals(Environment.GetEnvironmentVariable("VASTBUSBOT_E2E_ARTIFACTS"), "always", StringComparison.OrdinalIgnoreCase);

    /// <returns>The folder written.</returns>
    public static async Task<string> SaveAsync(string testName, ChatSession chat, string botLog, Exception? failure)
    {
        var folder = RepoPaths.Combine(
            "TestResults", "e2e", string.Create(CultureInfo.InvariantCulture, $"{Sanitize(testName)}-{DateTime.UtcNow:yyyyMMdd-HHmmss}"));
        Directory.CreateDirectory(folder);

        // Each part on its own: a page that crashed must not cost us the logs.
        await TryAsync(folder, "screenshot.png", () => chat.Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, "screenshot.png"),
            FullPage = true,
            Timeout = 10_000,
        }));
        await TryAsync(folder, "page.html", async () => await File.WriteAllTextAsync(Path.Combine(folder, "page.html"), await chat.Page.ContentAsync()));
        await TryAsync(folder, "trace.zip", () => chat.SaveTraceAsync(Path.Combine(folder, "trace.zip")));
        await File.WriteAllTextAsync(Path.Combine(folder, "bot.log"), botLog);
        await File.WriteAllTextAsync(Path.Combine(folder, "playground.log"), chat.PlaygroundLog());
        var summary = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"test: {testName}")
            .AppendLine(CultureInfo.InvariantCulture, $"conversation: {chat.ConversationId}")
            .AppendLine(CultureInfo.InvariantCulture, $"url: {chat.Page.Url}")
            .AppendLine()
            .AppendLine(failure?.ToString() ?? "passed");
        await File.AppendAllTextAsync(Path.Combine(folder, "failure.txt"), summary.ToString());
        return folder;
    }

    private static async Task TryAsync(string folder, string what, Func<Task> save)
    {
        try
        {
            await save();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or IOException)
        {
            await File.AppendAllTextAsync(Path.Combine(folder, "failure.txt"), $"could not save {what}: {ex.Message}{Environment.NewLine}");
        }
    }

    private static string Sanitize(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
