using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Help;
using VastbusBot.Protocol.Schema;
using VastbusBot.Testing;
using Activity = VastbusBot.Protocol.Schema.Activity;

namespace VastbusBot.Benchmarks.Load;

/// <summary>
/// <c>load</c>: starts a connector sink, then for each round the real bot (its own process, with a private Azurite)
/// and the bare endpoint (its own process), drives each with the same closed-loop conversations and prints the
/// figures side by side as Markdown.
/// </summary>
internal static class LoadCommand
{
    public const string Name = "load";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(LoadOptions.Usage);
            return 0;
        }

        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + LoadOptions.Usage);
            return 2;
        }

        var machine = MachineInfo.Describe();
        Console.WriteLine($"Machine: {machine}");
        var workDirectory = Directory.CreateTempSubdirectory("vastbusbot-load-").FullName;
        Console.WriteLine($"Server logs: {workDirectory}");

        await using var sink = await ConnectorSink.StartAsync(options.ConnectorDelay);
        using var http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            MaxConnectionsPerServer = int.MaxValue,
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        var results = new List<RunResult>();
        byte[]? botReply = null;
        for (var round = 1; round <= options.Rounds; round++)
        {
            if (options.Target is LoadTarget.Both or LoadTarget.Bot)
            {
                foreach (var tableDedup in options.TableDedup)
                {
                    var (result, reply) = await RunBotAsync(options, tableDedup, round, sink, http, workDirectory);
                    results.Add(result);
                    botReply ??= reply;
                    Console.WriteLine(Report.Line(result));
                }
            }

            if (options.Target is LoadTarget.Both or LoadTarget.Bare)
            {
                var result = await RunBareAsync(options, round, sink, http, workDirectory, botReply);
                results.Add(result);
                Console.WriteLine(Report.Line(result));
            }
        }

        var report = Report.Markdown(options, machine, results);
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.OutputFile is not null)
        {
            await File.WriteAllTextAsync(options.OutputFile, report);
            Console.WriteLine($"Written to {options.OutputFile}");
        }

        return results.Any(r => r.Turns == 0) ? 1 : 0;
    }

    private static async Task<(RunResult Result, byte[]? Reply)> RunBotAsync(LoadOptions options, bool tableDedup, int round, ConnectorSink sink, HttpClient http, string workDirectory)
    {
        var botDll = options.BotDll ?? RepoPaths.Combine("bot", "bin", BuildConfiguration(), "net10.0", "VastbusBot.dll");
        if (!File.Exists(botDll))
        {
            throw new FileNotFoundException($"The bot is not built at {botDll}: build tests/VastbusBot.Benchmarks (which builds the bot) in the same configuration, or pass --bot-dll.");
        }

        await using var azurite = options.StorageConnectionString is null ? await StartAzuriteAsync(workDirectory, $"azurite-{(tableDedup ? "table" : "memory")}-{round}") : null;
        var port = FreePort.Get();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = Url(port),
            ["MicrosoftAppId"] = string.Empty,
            ["Storage__ConnectionString"] = azurite?.ConnectionString ?? options.StorageConnectionString!,
            ["Storage__TablePrefix"] = "bench" + RandomLetters(8),
            ["Logging__LogLevel__VastbusBot"] = options.BotLogLevel,
        };
        foreach (var (name, value) in options.BotEnvironment)
        {
            environment[name] = value;
        }

        // The bot as built runs from its own dll; the in-memory-dedup variant runs the same app from this assembly,
        // with the bot's GC settings, in the bot's folder (its appsettings and knowledge files).
        string[] command = tableDedup
            ? [botDll]
            : [typeof(LoadCommand).Assembly.Location, BotVariantHost.Name, BotVariantHost.MemoryDedupFlag];
        if (!tableDedup)
        {
            foreach (var (name, value) in BotGcEnvironment(botDll))
            {
                environment.TryAdd(name, value);
            }
        }

        await using var bot = ServerProcess.Start("dotnet", command, Path.GetDirectoryName(botDll)!, environment, Path.Combine(workDirectory, $"bot-{(tableDedup ? "table" : "memory")}-{round}.log"));
        await bot.WaitUntilAsync(() => ServerProcess.IsHealthyAsync(http, new Uri(Url(port) + "/healthz")), StartTimeout, "The bot");
        var label = (tableDedup, azurite is null) switch
        {
            (true, false) => "bot (+ Azurite)",
            (true, true) => "bot",
            (false, _) => "bot, in-memory dedup",
        };
        var result = await MeasureAsync(options, round, label, new Uri(Url(port) + "/api/messages"), bot, azurite?.Process, sink, http);
        return (result, sink.LastBody);
    }

    private static async Task<RunResult> RunBareAsync(LoadOptions options, int round, ConnectorSink sink, HttpClient http, string workDirectory, byte[]? botReply)
    {
        // The bare endpoint sends the very body the bot sent (or, without a bot run, the same help card).
        var template = Path.Combine(workDirectory, "reply-template.json");
        await File.WriteAllBytesAsync(template, botReply ?? HelpCardReply());

        var port = FreePort.Get();
        var environment = BotGcEnvironment(options.BotDll ?? RepoPaths.Combine("bot", "bin", BuildConfiguration(), "net10.0", "VastbusBot.dll"));
        environment["ASPNETCORE_URLS"] = Url(port);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var self = typeof(LoadCommand).Assembly.Location;
        await using var bare = ServerProcess.Start("dotnet", [self, Bare.BareEndpoint.Name, "--reply-template", template], AppContext.BaseDirectory, environment, Path.Combine(workDirectory, $"bare-{round}.log"));
        await bare.WaitUntilAsync(() => ServerProcess.IsHealthyAsync(http, new Uri(Url(port) + "/healthz")), StartTimeout, "The bare endpoint");
        return await MeasureAsync(options, round, Report.BareLabel, new Uri(Url(port) + "/api/messages"), bare, null, sink, http);
    }

    private static async Task<RunResult> MeasureAsync(LoadOptions options, int round, string label, Uri messagesUrl, ServerProcess server, ServerProcess? storage, ConnectorSink sink, HttpClient http)
    {
        var tenantId = Guid.NewGuid().ToString();
        var botId = "28:" + Guid.NewGuid();
        var conversations = Enumerable.Range(0, options.Conversations)
            .Select(i => new SimulatedConversation(i, sink.ServiceUrl, tenantId, botId))
            .ToList();
        var driver = new ClosedLoopDriver(http, sink, options);
        Console.WriteLine($"[{label}, round {round}] pid {server.Id}{(storage is null ? string.Empty : $", Azurite pid {storage.Id}")}: installing in {conversations.Count} conversations, {options.Warmup.TotalSeconds} s warm-up, {options.Duration.TotalSeconds} s measured …");
        await driver.InstallAsync(messagesUrl, conversations);

        var self = Process.GetCurrentProcess();
        TimeSpan serverCpu0 = default, storageCpu0 = default, loadCpu0 = default, machineCpu0 = default;
        TimeSpan serverCpu = default, storageCpu = default, loadCpu = default, machineCpu = default;
        long endRss = 0, peakRss = 0, storageRss = 0, replies = 0, replyBytes = 0;
        var started = Stopwatch.GetTimestamp();
        var samples = await driver.RunAsync(
            messagesUrl,
            conversations,
            onMeasureStart: () =>
            {
                sink.ResetCounters();
                started = Stopwatch.GetTimestamp();
                serverCpu0 = ProcessMetrics.CpuTime(server.Id);
                storageCpu0 = storage is null ? default : ProcessMetrics.CpuTime(storage.Id);
                self.Refresh();
                loadCpu0 = self.TotalProcessorTime;
                machineCpu0 = ProcessMetrics.MachineBusyTime();
            },
            onMeasureEnd: () =>
            {
                serverCpu = ProcessMetrics.CpuTime(server.Id) - serverCpu0;
                storageCpu = storage is null ? default : ProcessMetrics.CpuTime(storage.Id) - storageCpu0;
                self.Refresh();
                loadCpu = self.TotalProcessorTime - loadCpu0;
                machineCpu = ProcessMetrics.MachineBusyTime() - machineCpu0;
                (endRss, peakRss) = ProcessMetrics.Memory(server.Id) ?? (0, 0);
                storageRss = storage is null ? 0 : ProcessMetrics.Memory(storage.Id)?.Rss ?? 0;
                replies = sink.Replies;
                replyBytes = sink.ReplyBytes;
            });

        if (server.HasExited)
        {
            throw new InvalidOperationException($"{label} exited during the run:{Environment.NewLine}{server.Tail()}");
        }

        return new RunResult
        {
            Server = label,
            Round = round,
            Measured = options.Duration,
            Turns = samples.Count,
            Latency = new LatencyStats(samples.Select(s => s.LatencyMs)),
            Acknowledgement = new LatencyStats(samples.Select(s => s.AcknowledgementMs)),
            Errors = driver.Errors.Values.Sum(),
            ErrorKinds = new Dictionary<string, int>(driver.Errors),
            UnexpectedReplies = sink.Unexpected,
            MeanReplyBytes = replies == 0 ? 0 : (double)replyBytes / replies,
            EndWorkingSet = endRss,
            PeakWorkingSet = peakRss,
            ServerCpu = serverCpu,
            StorageCpu = storage is null ? null : storageCpu,
            StorageWorkingSet = storage is null ? null : storageRss,
            LoadCpu = loadCpu,
            OtherCpu = machineCpu - serverCpu - storageCpu - loadCpu is { } other && other > TimeSpan.Zero ? other : TimeSpan.Zero,
        };
    }

    private static async Task<AzuriteServer> StartAzuriteAsync(string workDirectory, string name)
    {
        var script = RepoPaths.Combine("node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new FileNotFoundException($"Azurite is not installed ({script} is missing): run `npm ci` in {RepoPaths.Root}.");
        }

        var ports = FreePort.GetMany(3);
        var folder = Directory.CreateDirectory(Path.Combine(workDirectory, name)).FullName;
        string[] arguments =
        [
            script, "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent",
            "--blobHost", "127.0.0.1", "--blobPort", Invariant(ports[0]),
            "--queueHost", "127.0.0.1", "--queuePort", Invariant(ports[1]),
            "--tableHost", "127.0.0.1", "--tablePort", Invariant(ports[2]),
        ];
        var process = ServerProcess.Start("node", arguments, folder, new Dictionary<string, string>(), Path.Combine(workDirectory, name + ".log"));
        await process.WaitUntilAsync(() => ServerProcess.IsListeningAsync(ports[2]), StartTimeout, "Azurite");
        var connectionString =
            $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{Invariant(ports[0])}/{AzuriteFixture.AccountName};" +
            $"QueueEndpoint=http://127.0.0.1:{Invariant(ports[1])}/{AzuriteFixture.AccountName};" +
            $"TableEndpoint=http://127.0.0.1:{Invariant(ports[2])}/{AzuriteFixture.AccountName};";
        return new AzuriteServer(process, connectionString);
    }

    /// <summary>The bot's GC settings (its runtimeconfig.json), as environment variables for the bare endpoint.</summary>
    private static Dictionary<string, string> BotGcEnvironment(string botDll)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        var runtimeConfig = Path.ChangeExtension(botDll, ".runtimeconfig.json");
        if (!File.Exists(runtimeConfig))
        {
            return environment;
        }

        var properties = JsonNode.Parse(File.ReadAllText(runtimeConfig))?["runtimeOptions"]?["configProperties"] as JsonObject;
        if (properties?["System.GC.Server"] is JsonValue server)
        {
            environment["DOTNET_gcServer"] = server.GetValue<bool>() ? "1" : "0";
        }

        if (properties?["System.GC.Concurrent"] is JsonValue concurrent)
        {
            environment["DOTNET_gcConcurrent"] = concurrent.GetValue<bool>() ? "1" : "0";
        }

        return environment;
    }

    /// <summary>What the bot sends for <c>hjälp</c>, for a bare-only run.</summary>
    private static byte[] HelpCardReply()
    {
        var card = HelpCards.Help(UiLanguage.Swedish);
        var message = Activity.CreateMessage();
        message.Attachments = [Attachment.AdaptiveCard(SerializedCard.Create(card))];
        message.Summary = card.FallbackText;
        return JsonSerializer.SerializeToUtf8Bytes(message, ProtocolJson.Options);
    }

    private static string BuildConfiguration() =>
        typeof(LoadCommand).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    private static string Url(int port) => "http://127.0.0.1:" + Invariant(port);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RandomLetters(int length) => System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", length);

    private sealed record AzuriteServer(ServerProcess Process, string ConnectionString) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Process.DisposeAsync();
    }
}
