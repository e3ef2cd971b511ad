using VastbusBot.Features.Reports.Integration;
using VastbusBot.Protocol.Hosting;

namespace VastbusBot.Hosting;

/// <summary>Builds the web application. Program.cs, the end-to-end tests and the benchmark all start the bot here.</summary>
public static class VastbusBotApp
{
    /// <param name="args">Command line arguments.</param>
    /// <param name="configure">Lets tests and benchmarks adjust configuration or services before the build.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (!builder.Environment.IsDevelopment())
        {
            // One JSON object per log line, which Azure's log pipeline indexes by field.
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
        }

        configure?.Invoke(builder);
        builder.Services.AddVastbusBot(builder.Configuration, builder.Environment);
        builder.Services.AddHealthChecks();

        var app = builder.Build();
        app.MapBotMessages("/api/messages");
        app.MapHealthChecks("/healthz");
        app.MapReportDownloads();
        app.MapGet("/", () => Results.Text("VastbusBot is running. Teams talks to it at /api/messages.", "text/plain"));
        return app;
    }
}
