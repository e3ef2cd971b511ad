using System.Buffers;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VastbusBot.Protocol.Auth;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: authenticate, parse, then either answer an invoke in the same exchange or accept the
/// activity (202) and queue it. Nothing is parsed before the token is valid, and nothing is processed or called out
/// before every check has passed.
/// </summary>
internal static class BotMessageEndpoint
{
    internal const int QueueFullRetryAfterSeconds = 5;

    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotMessageEndpoint).FullName!);
        var mode = services.GetRequiredService<BotRuntimeMode>();
        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var ct = context.RequestAborted;

        BotAuthenticationResult? authentication = null;
        BotTokenValidator? validator = null;
        if (!mode.IsUnauthenticatedDevelopment)
        {
            validator = services.GetRequiredService<BotTokenValidator>();
            authentication = await validator.AuthenticateAsync(context.Request.Headers.Authorization.ToString(), ct);
            if (!authentication.Succeeded)
            {
                Reject(context, logger, authentication.Status);
                return;
            }
        }

        var body = await ReadBodyAsync(context.Request, options.MaxRequestBodyBytes, ct);
        if (body is null)
        {
            HostingLog.BadRequest(logger, "body exceeds the size limit");
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (!TryParseActivity(body, out var activity, out var problem))
        {
            HostingLog.BadRequest(logger, problem);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var scope = HostingLog.BeginActivityScope(logger, activity);
        if (validator is not null && authentication is not null)
        {
            authentication = validator.AuthorizeActivity(authentication, activity);
            if (!authentication.Succeeded)
            {
                Reject(context, logger, authentication.Status);
                return;
            }
        }

        // Only now may replies go to this service URL (in unauthenticated Development only if it is loopback).
        services.GetRequiredService<ITrustedServiceUrls>().Register(new Uri(activity.ServiceUrl!, UriKind.Absolute));

        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase))
        {
            var response = await services.GetRequiredService<InvokeProcessor>().ProcessAsync(activity, ct);
            await WriteInvokeResponseAsync(context.Response, response, ct);
            return;
        }

        if (!services.GetRequiredService<ActivityQueue>().TryEnqueue(activity))
        {
            HostingLog.QueueFull(logger);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = QueueFullRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    /// <summary>Reads the body, or returns null when it is larger than <paramref name="limit"/> bytes.</summary>
    internal static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength is { } declared)
        {
            if (declared > limit)
            {
                return null;
            }

            // The usual case (Teams sends Content-Length): one array of the right size, no chunk buffer, no copy.
            var body = new byte[declared];
            var filled = 0;
            int got;
            while (filled < body.Length && (got = await request.Body.ReadAsync(body.AsMemory(filled), ct)) > 0)
            {
                filled += got;
            }

            return filled == body.Length ? body : body[..filled];
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Parses an activity and checks the fields every later step relies on.</summary>
    internal static bool TryParseActivity(ReadOnlySpan<byte> body, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Activity? activity, out string problem)
    {
        activity = null;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            problem = "the body is not a JSON activity";
            return false;
        }

        if (activity is null)
        {
            problem = "the body is empty or null";
            return false;
        }

        if (string.IsNullOrEmpty(activity.Type))
        {
            problem = "the activity has no type";
        }
        else if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            problem = "the activity has no valid serviceUrl";
        }
        else if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            problem = "the activity has no conversation id";
        }
        else
        {
            problem = string.Empty;
            return true;
        }

        activity = null;
        return false;
    }

    private static void Reject(HttpContext context, ILogger logger, BotAuthenticationStatus status)
    {
        var code = status switch
        {
            BotAuthenticationStatus.Forbidden => StatusCodes.Status403Forbidden,
            BotAuthenticationStatus.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status401Unauthorized,
        };
        if (code == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        HostingLog.AuthenticationFailed(logger, code, status);
        context.Response.StatusCode = code;
    }

    private static async Task WriteInvokeResponseAsync(HttpResponse response, InvokeResponse invoke, CancellationToken ct)
    {
        response.StatusCode = invoke.Status is >= 100 and <= 599 ? invoke.Status : (int)HttpStatusCode.OK;
        if (invoke.Body is null)
        {
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, invoke.Body, invoke.Body.GetType(), ProtocolJson.Options, ct);
    }
}
