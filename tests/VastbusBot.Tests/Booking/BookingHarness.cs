using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Booking;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Protocol.Schema;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Booking;

/// <summary>
/// The booking as the host wires it (<see cref="BookingServiceCollectionExtensions.AddBooking"/>): the command and
/// card actions, the registry and the gatherings on the shared Azurite (a table prefix of its own), Graph pointed at
/// the in-process emulator, and a fake clock at Tuesday 1 September 2026. The registry is filled through
/// <see cref="IOrganisationRegistry"/> as the tenant's bootstrap admin would: two coordinators of Fyrbodal, the
/// chairs of three of its groups (one of them missing from the directory) and a coordinator of Skaraborg.
/// </summary>
internal sealed class BookingHarness : IAsyncDisposable
{
    public const string Tenant = "11111111-1111-4111-8111-111111111111";
    public const string Area = "fyrbodal";

    public static readonly TestPerson Admin = new("aaaaaaaa-0000-4000-8000-000000000001", "Ada Admin", "ada@test.example");
    public static readonly TestPerson Cora = new("c0000000-0000-4000-8000-000000000001", "Cora Coordinator", "cora@test.example");
    public static readonly TestPerson Dan = new("c0000000-0000-4000-8000-000000000002", "Dan Delregional", "dan@test.example");
    public static readonly TestPerson Erik = new("c0000000-0000-4000-8000-000000000011", "Erik Ek", "erik@test.example", "bengtsfors");
    public static readonly TestPerson Frida = new("c0000000-0000-4000-8000-000000000012", "Frida Fors", "frida@test.example", "dals-ed");

    /// <summary>Chair of Färgelanda in the registry, but not in the directory: shown, not invited.</summary>
    public static readonly TestPerson Gustav = new("c0000000-0000-4000-8000-000000000013", "Gustav Gren", "gustav@test.example", "fargelanda");

    /// <summary>Coordinator of Skaraborg only.</summary>
    public static readonly TestPerson Sam = new("c0000000-0000-4000-8000-000000000021", "Sam Skaraborg", "sam@test.example");

    /// <summary>In the tenant, with no role.</summary>
    public static readonly TestPerson Nils = new("c0000000-0000-4000-8000-000000000031", "Nils Nobody", "nils@test.example");

    /// <summary>Tuesday 1 September 2026, 08:00 in Stockholm.</summary>
    public static readonly DateTimeOffset Now = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    private BookingHarness(ServiceProvider provider, GraphEmulatorControl graph)
    {
        _provider = provider;
        Graph = graph;
    }

    public GraphEmulatorControl Graph { get; }

    public BookingService Service => _provider.GetRequiredService<BookingService>();

    public IGatheringStore Store => _provider.GetRequiredService<IGatheringStore>();

    public IOrganisationRegistry Registry => _provider.GetRequiredService<IOrganisationRegistry>();

    public BookingCommand Command => _provider.GetServices<ITextCommand>().OfType<BookingCommand>().Single();

    public BookingCardActions Buttons => _provider.GetServices<ICardAction>().OfType<BookingCardActions>().Single();

    /// <param name="settings">Extra configuration, e.g. another Graph:BaseUrl.</param>
    public static async Task<BookingHarness> CreateAsync(AzuriteFixture azurite, GraphEmulatorFixture emulator, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = emulator.Control.GraphBaseUrl,
            ["Graph:MaxRetries"] = "2",
            ["Graph:RetryDelaySeconds"] = "0",
            [$"Organisation:Admins:{Tenant}:0"] = Admin.Id,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.Configure<StorageOptions>(o =>
        {
            o.ConnectionString = azurite.ConnectionString;
            o.TablePrefix = "b" + Guid.NewGuid().ToString("N")[..12];
        });
        services.AddBooking(configuration, new TestEnvironment());
        var harness = new BookingHarness(services.BuildServiceProvider(), emulator.Control);
        await emulator.Control.SeedAsync(DirectorySeed());
        await harness.FillRegistryAsync();
        await emulator.Control.ClearRequestsAsync();
        return harness;
    }

    /// <summary>
    /// The emulator's tenant: everyone but Gustav. Cora (who books) is busy all Monday, Erik all Tuesday (out of
    /// office), Frida Wednesday morning, Dan Thursday afternoon (tentative).
    /// </summary>
    public static JsonObject DirectorySeed() => new()
    {
        ["timeZone"] = "Europe/Stockholm",
        ["users"] = new JsonArray([.. new[] { Admin, Cora, Dan, Erik, Frida, Sam, Nils }.Select(p => (JsonNode)new JsonObject
        {
            ["id"] = p.Id,
            ["displayName"] = p.Name,
            ["mail"] = p.Mail,
        })]),
        ["weeklyBusy"] = new JsonArray(
            Weekly(Cora, "Monday", "08:00", "17:00", "busy"),
            Weekly(Erik, "Tuesday", "08:00", "17:00", "oof"),
            Weekly(Frida, "Wednesday", "09:00", "12:00", "busy"),
            Weekly(Dan, "Thursday", "13:00", "16:00", "tentative")),
    };

    public static Actor ActorOf(TestPerson person) => new(Tenant, person.Id, person.Name);

    /// <summary>A turn for <paramref name="person"/> in their personal chat.</summary>
    public static (BotTurn Turn, RecordingTurnContext Context) Turn(TestPerson person, UiLanguage language = UiLanguage.Swedish)
    {
        var activity = Activities.Message(string.Empty);
        activity.From = new ChannelAccount { Id = "29:" + person.Id, Name = person.Name, AadObjectId = person.Id };
        activity.Conversation = new ConversationAccount { Id = "a:" + person.Id, ConversationType = "personal", TenantId = Tenant };
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } };
        var context = new RecordingTurnContext(activity);
        return (new BotTurn(context, language), context);
    }

    /// <summary>Runs <c>boka ordförandeträff</c> for <paramref name="person"/>; returns what the bot sent.</summary>
    public async Task<Activity> RunCommandAsync(TestPerson person, string argument = "", UiLanguage language = UiLanguage.Swedish)
    {
        var (turn, context) = Turn(person, language);
        await Command.ExecuteAsync(turn, argument, CancellationToken.None);
        return Assert.Single(context.Sent);
    }

    /// <summary>The form card <paramref name="person"/> gets from the command.</summary>
    public async Task<AdaptiveCard> FormAsync(TestPerson person, UiLanguage language = UiLanguage.Swedish) =>
        SentCards.CardOf(await RunCommandAsync(person, language: language));

    /// <summary>
    /// Clicks <paramref name="action"/> as <paramref name="person"/>, the way Teams does: the action's data plus the
    /// values of the card's inputs (<paramref name="card"/>), with <paramref name="typed"/> over them.
    /// </summary>
    public Task<CardActionResult> ClickAsync(TestPerson person, AdaptiveCard card, ExecuteAction action, IReadOnlyDictionary<string, string?>? typed = null, UiLanguage language = UiLanguage.Swedish)
    {
        var data = new JsonObject();
        foreach (var (key, value) in InputValues(card))
        {
            data[key] = value;
        }

        foreach (var (key, value) in (IReadOnlyDictionary<string, object?>)action.Data!)
        {
            data[key] = value is null ? null : JsonValue.Create(value.ToString());
        }

        foreach (var (key, value) in typed ?? new Dictionary<string, string?>())
        {
            data[key] = value;
        }

        var (turn, _) = Turn(person, language);
        return Buttons.HandleAsync(turn, new CardActionRequest(action.Verb, JsonSerializer.SerializeToElement(data), "card-1", IsInvoke: true), CancellationToken.None);
    }

    /// <summary>The card a click answered with (fails when it answered with a message).</summary>
    public static AdaptiveCard CardOf(CardActionResult result) => Assert.IsType<CardActionResult.CardResult>(result).Card;

    /// <summary>Every Action.Execute on the card, in the body's action sets and at the bottom.</summary>
    public static IReadOnlyList<ExecuteAction> ExecuteActions(AdaptiveCard card) =>
        [.. Elements(card.Body).OfType<ActionSet>().SelectMany(s => s.Actions).Concat(card.Actions ?? []).OfType<ExecuteAction>()];

    public static ExecuteAction Action(AdaptiveCard card, string verb) => ExecuteActions(card).First(a => a.Verb == verb);

    public static IReadOnlyList<ExecuteAction> Actions(AdaptiveCard card, string verb) => [.. ExecuteActions(card).Where(a => a.Verb == verb)];

    public static string DataOf(ExecuteAction action, string key) =>
        ((IReadOnlyDictionary<string, object?>)action.Data!)[key]?.ToString() ?? throw new InvalidOperationException($"No {key}.");

    /// <summary>The inputs' current values, by id.</summary>
    public static Dictionary<string, string?> InputValues(AdaptiveCard card) => Elements(card.Body).OfType<CardInput>().ToDictionary(i => i.Id!, i => i switch
    {
        InputText t => t.Value,
        InputDate d => d.Value,
        InputChoiceSet c => c.Value,
        _ => null,
    });

    /// <summary>The events the emulator holds for <paramref name="organizer"/>, cancelled ones included.</summary>
    public async Task<IReadOnlyList<JsonObject>> EventsOfAsync(TestPerson organizer) =>
        [.. (await Graph.EventsAsync()).Where(e => string.Equals(e["organizerId"]?.GetValue<string>(), organizer.Id, StringComparison.OrdinalIgnoreCase))];

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private static IEnumerable<CardElement> Elements(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            yield return element;
            var children = element switch
            {
                Container c => c.Items,
                ColumnSet s => s.Columns.SelectMany(c => c.Items),
                Column c => c.Items,
                _ => [],
            };
            foreach (var child in Elements(children))
            {
                yield return child;
            }
        }
    }

    private static JsonObject Weekly(TestPerson person, string day, string start, string end, string showAs) => new()
    {
        ["user"] = person.Mail,
        ["days"] = new JsonArray(day),
        ["start"] = start,
        ["end"] = end,
        ["showAs"] = showAs,
        ["subject"] = "Upptagen",
    };

    private async Task FillRegistryAsync()
    {
        var admin = ActorOf(Admin);
        foreach (var coordinator in new[] { Cora, Dan })
        {
            Assert.True((await Registry.AssignCoordinatorAsync(admin, Area, new PersonForm(coordinator.Id, coordinator.Name), CancellationToken.None)).IsSuccess);
        }

        Assert.True((await Registry.AssignCoordinatorAsync(admin, "skaraborg", new PersonForm(Sam.Id, Sam.Name), CancellationToken.None)).IsSuccess);
        foreach (var chair in new[] { Erik, Frida, Gustav })
        {
            var form = new PersonForm(chair.Id, chair.Name, "Enhetschef", "Socialtjänsten");
            Assert.True((await Registry.AssignChairAsync(admin, chair.GroupId!, form, CancellationToken.None)).IsSuccess);
        }
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "VastbusBot.Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>A person of the test tenant: Entra object id, name, address, and the group they chair (if any).</summary>
internal sealed record TestPerson(string Id, string Name, string Mail, string? GroupId = null);
