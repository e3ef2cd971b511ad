using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VastbusBot.Benchmarks.Bare;

/// <summary>
/// The baseline of the load test: a bare ASP.NET Core minimal-API endpoint doing the bot's HTTP in and out and
/// nothing else. It accepts an activity on <c>POST /api/messages</c>, answers 202 and posts a reply to the
/// activity's <c>serviceUrl</c>, with the same body the bot sends (taken from a template file). No authentication,
/// storage, deduplication, queue, routing, card building or per-request logging.
/// </summary>
/// <remarks><c>bare --urls http://127.0.0.1:PORT --reply-template FILE</c></remarks>
public static class BareEndpoint
{
    public const string Name = "bare";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    // The routing fields are the inbound activity's; everything else comes from the template.
    private static readonly HashSet<string> RoutingFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "type", "from", "recipient", "conversation", "replyToId", "serviceUrl", "channelId", "locale",
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var templateFile = Option(args, "--reply-template");
        var template = templateFile is null
            ? [("text", Encoding.UTF8.GetBytes("\"Hej!\""))]
            : ReadTemplate(await File.ReadAllBytesAsync(templateFile));

        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHttpClient(Name).ConfigureHttpClient(http => http.Timeout = TimeSpan.FromSeconds(30));
        var app = builder.Build();
        var http = app.Services.GetRequiredService<IHttpClientFactory>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BareEndpoint).FullName!);

        app.MapGet("/healthz", () => Results.Text("Healthy"));
        app.MapPost("/api/messages", async (HttpContext ctx) =>
        {
            using var body = new MemoryStream();
            await ctx.Request.Body.CopyToAsync(body, ctx.RequestAborted);
            byte[] reply;
            Uri target;
            using (var activity = JsonDocument.Parse(body.ToArray()))
            {
                var root = activity.RootElement;
                var serviceUrl = root.GetProperty("serviceUrl").GetString()!;
                var conversationId = root.GetProperty("conversation").GetProperty("id").GetString()!;
                target = new Uri(serviceUrl.TrimEnd('/') + "/v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities");
                reply = WriteReply(root, template);
            }

            // Like the bot: acknowledge now, reply in the background.
            _ = PostReplyAsync(http.CreateClient(Name), target, reply, logger);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });

        await app.RunAsync();
        return 0;
    }

    private static async Task PostReplyAsync(HttpClient http, Uri target, byte[] reply, ILogger logger)
    {
        try
        {
            using var content = new ByteArrayContent(reply);
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(target, content);
            response.EnsureSuccessStatusCode();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            BareLog.ReplyFailed(logger, ex, target.Host);
        }
    }

    private static byte[] WriteReply(JsonElement inbound, IReadOnlyList<(string Name, byte[] RawValue)> template)
    {
        using var buffer = new MemoryStream(8192);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "message");
            w.WritePropertyName("from");
            inbound.GetProperty("recipient").WriteTo(w);
            w.WritePropertyName("recipient");
            inbound.GetProperty("from").WriteTo(w);
            w.WritePropertyName("conversation");
            inbound.GetProperty("conversation").WriteTo(w);
            w.WriteString("replyToId", inbound.GetProperty("id").GetString());
            w.WriteString("serviceUrl", inbound.GetProperty("serviceUrl").GetString());
            w.WriteString("channelId", inbound.GetProperty("channelId").GetString());
            if (inbound.TryGetProperty("locale", out var locale))
            {
                w.WriteString("locale", locale.GetString());
            }

            foreach (var (name, raw) in template)
            {
                w.WritePropertyName(name);
                w.WriteRawValue(raw, skipInputValidation: true);
            }

            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The template's non-routing properties, each as ready-to-write raw JSON.</summary>
    private static List<(string Name, byte[] RawValue)> ReadTemplate(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject()
            .Where(p => !RoutingFields.Contains(p.Name))
            .Select(p => (p.Name, Encoding.UTF8.GetBytes(p.Value.GetRawText())))];
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

internal static partial class BareLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply to {Host} failed")]
    public static partial void ReplyFailed(ILogger logger, Exception exception, string host);
}
