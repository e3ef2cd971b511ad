using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VastbusBot.Protocol.Hosting;

/// <summary>Says loudly at start when the bot runs without authentication.</summary>
internal sealed class BotProtocolStartupLogger(
    BotRuntimeMode mode,
    IOptions<BotOptions> bot,
    IOptions<BotFrameworkOptions> framework,
    ILogger<BotProtocolStartupLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (mode.IsUnauthenticatedDevelopment)
        {
            HostingLog.UnauthenticatedDevelopment(logger);
        }
        else
        {
            HostingLog.Ready(logger, bot.Value.MicrosoftAppId, bot.Value.MicrosoftAppType, framework.Value.TokenIssuer);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
