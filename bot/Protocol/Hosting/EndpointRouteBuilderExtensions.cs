using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace VastbusBot.Protocol.Hosting;

/// <summary>Maps the bot's messaging endpoint.</summary>
public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// POST: the Bot Connector's activities (see <see cref="IActivityHandler"/> for what runs where). HEAD and GET: an
    /// empty 200, because the Agents Playground probes the endpoint with HEAD before it starts.
    /// </summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var group = endpoints.MapGroup(pattern);
        RequestDelegate post = BotMessageEndpoint.HandleAsync;
        RequestDelegate probe = static context =>
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        };
        group.MapPost(string.Empty, post).WithDisplayName("Bot messages");
        group.MapMethods(string.Empty, [HttpMethods.Head, HttpMethods.Get], probe).WithDisplayName("Bot messages probe");
        return group;
    }
}
