using System.Globalization;

namespace VastbusBot.Benchmarks.Load;

/// <summary>Which servers a load run drives.</summary>
internal enum LoadTarget
{
    Both,
    Bot,
    Bare,
}

/// <summary>The <c>load</c> command's options.</summary>
internal sealed record LoadOptions
{
    public const string Usage = """
        load [options]   drive /api/messages of the bot and of a bare ASP.NET Core endpoint, side by side
          --conversations N   concurrent conversations, each a closed loop (default 50)
          --warmup S          seconds of load before measuring; long enough for tiered JIT to finish (default 30)
          --duration S        measured seconds (default 30)
          --think-time MS     pause of each conversation between a reply and its next message (default 0: saturation)
          --connector-delay MS  the sink answers each reply POST this much later (the real connector takes tens of
                              ms; the sender waits for it); the reply still counts as arrived on receipt (default 0)
          --rounds N          bot/bare pairs, run alternately; the summary takes medians (default 1)
          --text T            the user's message (default "hjälp", which answers with the help card)
          --target T          both | bot | bare (default both)
          --bot-dedup D       table (the bot as built: Table Storage deduplication, fresh activities recorded
                              behind) | memory (in-memory deduplicator only, to isolate the storage cost) |
                              table,memory (both, each round) (default table)
          --storage CS        Table Storage connection string for the bot (default: a private in-memory Azurite)
          --bot-log-level L   the bot's minimum level for its own categories (default Information, as in production)
          --bot-dll PATH      the bot to start (default bot/bin/<this build's configuration>/net10.0/VastbusBot.dll)
          --bot-env K=V       extra environment for the bot process, repeatable (e.g. BotFramework__BackgroundWorkers=8)
          --out FILE          also write the Markdown report to FILE
        """;

    public int Conversations { get; init; } = 50;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public int Rounds { get; init; } = 1;

    /// <summary>How long the sink holds back its response to each reply POST.</summary>
    public TimeSpan ConnectorDelay { get; init; } = TimeSpan.Zero;

    /// <summary>Zero: every conversation sends its next message as soon as the reply arrives (the server is saturated).</summary>
    public TimeSpan ThinkTime { get; init; } = TimeSpan.Zero;

    public string Text { get; init; } = "hjälp";

    public LoadTarget Target { get; init; } = LoadTarget.Both;

    /// <summary>
    /// The bot variants to run each round: true for the bot as built (Table Storage deduplicator), false for the
    /// in-memory deduplicator (through <see cref="BotVariantHost"/>).
    /// </summary>
    public IReadOnlyList<bool> TableDedup { get; init; } = [true];

    public string? StorageConnectionString { get; init; }

    public string BotLogLevel { get; init; } = "Information";

    public string? BotDll { get; init; }

    public IReadOnlyDictionary<string, string> BotEnvironment { get; init; } = new Dictionary<string, string>();

    public string? OutputFile { get; init; }

    /// <summary>How long one turn may wait for its reply before it counts as an error.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public static LoadOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadOptions();
        var botEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--conversations" => options with { Conversations = Positive(name, Value()) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(name, Value())) },
                "--think-time" => options with { ThinkTime = TimeSpan.FromMilliseconds(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--connector-delay" => options with { ConnectorDelay = TimeSpan.FromMilliseconds(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--rounds" => options with { Rounds = Positive(name, Value()) },
                "--text" => options with { Text = Value() },
                "--target" => options with { Target = Enum.Parse<LoadTarget>(Value(), ignoreCase: true) },
                "--bot-dedup" => options with { TableDedup = [.. Value().Split(',').Select(ParseDedup)] },
                "--storage" => options with { StorageConnectionString = Value() },
                "--bot-log-level" => options with { BotLogLevel = Value() },
                "--bot-dll" => options with { BotDll = Path.GetFullPath(Value()) },
                "--bot-env" => AddEnvironment(options, botEnvironment, Value()),
                "--out" => options with { OutputFile = Path.GetFullPath(Value()) },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return options with { BotEnvironment = botEnvironment };
    }

    private static LoadOptions AddEnvironment(LoadOptions options, Dictionary<string, string> environment, string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"--bot-env expects NAME=VALUE, not '{pair}'.");
        }

        environment[pair[..equals]] = pair[(equals + 1)..];
        return options;
    }

    private static bool ParseDedup(string value) => value switch
    {
        "table" => true,
        "memory" => false,
        _ => throw new ArgumentException($"--bot-dedup takes table, memory or both separated by a comma, not '{value}'."),
    };

    private static int Positive(string name, string value)
    {
        var n = int.Parse(value, CultureInfo.InvariantCulture);
        return n > 0 ? n : throw new ArgumentException($"{name} must be positive.");
    }
}
