using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Commands;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Protocol;
using VastbusBot.Protocol.Schema;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Records;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.RecordCards;

/// <summary>
/// The records' Teams side as the host wires it (<c>AddRecords</c> + <c>AddRecordCards</c>) on the shared Azurite
/// with a table prefix of its own, a fake clock (2025-06-15), conversation references in memory and a connector that
/// records proactive messages. Commands are found by their trigger, buttons by their title, and a click sends the
/// card's data merged with the card's inputs, as a Teams client does.
/// </summary>
internal sealed class RecordCardsHarness : IAsyncDisposable
{
    public const string Tenant = RecordsHarness.TenantA;
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly ServiceProvider _provider;

    private RecordCardsHarness(ServiceProvider provider, FakeTimeProvider time, InMemoryConversationStore conversations)
    {
        _provider = provider;
        Time = time;
        Conversations = conversations;
    }

    public FakeTimeProvider Time { get; }

    public InMemoryConversationStore Conversations { get; }

    /// <summary>Every proactive message the bot sent through the connector.</summary>
    public ConcurrentQueue<(string ConversationId, Activity Activity)> Proactive { get; } = new();

    /// <summary>Conversations whose proactive messages fail (e.g. the user blocked the bot).</summary>
    public ConcurrentDictionary<string, Exception> FailingConversations { get; } = new();

    public IOrganisationRegistry Registry => _provider.GetRequiredService<IOrganisationRegistry>();

    public IMeetingService Meetings => _provider.GetRequiredService<IMeetingService>();

    public IDeviationService Deviations => _provider.GetRequiredService<IDeviationService>();

    public static Actor Admin => RecordsHarness.AdminOfA;

    public static Actor User(int n, string? name = null) => RecordsHarness.User(Tenant, n, name);

    public static RecordCardsHarness Create(AzuriteFixture azurite)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"Organisation:Admins:{Tenant}:0"] = RecordsHarness.AdminA })
            .Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 15, 10, 0, 0, TimeSpan.Zero));
        var conversations = new InMemoryConversationStore();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.Configure<StorageOptions>(o =>
        {
            o.ConnectionString = azurite.ConnectionString;
            o.TablePrefix = RecordsHarness.NewPrefix();
        });
        services.AddSingleton<IConversationReferenceStore>(conversations);
        services.AddRecords(configuration);
        services.AddRecordCards();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<CardActionRouter>();

        RecordCardsHarness? harness = null;
        var connector = new Mock<IConnectorClient>(MockBehavior.Strict);
        connector
            .Setup(c => c.SendToConversationAsync(It.IsAny<Uri>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .Returns((Uri _, string conversationId, Activity activity, CancellationToken _) =>
            {
                if (harness!.FailingConversations.TryGetValue(conversationId, out var failure))
                {
                    throw failure;
                }

                harness.Proactive.Enqueue((conversationId, activity));
                return Task.FromResult(new ResourceResponse { Id = "p" + harness.Proactive.Count });
            });
        services.AddSingleton(connector.Object);
        harness = new RecordCardsHarness(services.BuildServiceProvider(), time, conversations);
        return harness;
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>The user has chatted with the bot: their personal chat is known, in <paramref name="locale"/>.</summary>
    public Task RememberPersonalChatAsync(Actor actor, string locale = "sv-SE") => Conversations.SaveAsync(
        new ConversationReference
        {
            ServiceUrl = ServiceUrl,
            ChannelId = "msteams",
            ConversationId = PersonalChat(actor),
            ConversationType = "personal",
            TenantId = actor.TenantId,
            UserId = "29:" + actor.AadObjectId,
            UserAadObjectId = actor.AadObjectId,
            UserName = actor.Name,
            BotId = "28:bot",
            Locale = locale,
        },
        CancellationToken.None);

    public static string PersonalChat(Actor actor) => "a:" + actor.AadObjectId;

    /// <summary>The proactive cards sent to <paramref name="actor"/>'s personal chat.</summary>
    public IReadOnlyList<AdaptiveCard> ProactiveCardsTo(Actor actor) =>
        [.. Proactive.Where(p => p.ConversationId == PersonalChat(actor)).Select(p => SentCards.CardOf(p.Activity))];

    /// <summary>Types <paramref name="text"/> as <paramref name="actor"/> and returns what the bot sent.</summary>
    public async Task<RecordingTurnContext> SayAsync(Actor actor, string text, string conversationType = "personal")
    {
        var context = new RecordingTurnContext(Message(actor, text, conversationType));
        var match = Get<CommandRouter>().Match(text) ?? throw new InvalidOperationException($"No command matches \"{text}\".");
        await match.Command.ExecuteAsync(new BotTurn(context, match.Language), match.Argument, CancellationToken.None);
        return context;
    }

    /// <summary>The one card <paramref name="actor"/> got for typing <paramref name="text"/>.</summary>
    public async Task<AdaptiveCard> CardForAsync(Actor actor, string text) => SentCards.CardOf(Assert.Single((await SayAsync(actor, text)).Sent));

    /// <summary>The one text message <paramref name="actor"/> got for typing <paramref name="text"/>.</summary>
    public async Task<string> TextForAsync(Actor actor, string text)
    {
        var sent = Assert.Single((await SayAsync(actor, text)).Sent);
        Assert.Null(sent.Attachments);
        return sent.Text!;
    }

    /// <summary>
    /// Clicks the button titled <paramref name="title"/> on <paramref name="card"/> as <paramref name="actor"/>: the
    /// button's data plus every input's value (as shown on the card, changed by <paramref name="typed"/>).
    /// </summary>
    public Task<CardActionResult> ClickAsync(Actor actor, AdaptiveCard card, string title, IReadOnlyDictionary<string, string?>? typed = null)
    {
        var action = Buttons(card).FirstOrDefault(a => a.Title == title)
            ?? throw new InvalidOperationException($"No button \"{title}\" on the card; it has: {string.Join(", ", Buttons(card).Select(b => b.Title))}");
        return ExecuteAsync(actor, action, card, typed);
    }

    /// <summary>Clicks the list row whose text contains <paramref name="text"/>.</summary>
    public Task<CardActionResult> ClickRowAsync(Actor actor, AdaptiveCard card, string text)
    {
        var row = Elements(card.Body).OfType<Container>().First(c => c.SelectAction is ExecuteAction && SentCards.TextOf(new AdaptiveCard { Body = c.Items }).Contains(text, StringComparison.Ordinal));
        return ExecuteAsync(actor, (ExecuteAction)row.SelectAction!, card, null);
    }

    /// <summary>Sends <paramref name="data"/> with <paramref name="verb"/> as <paramref name="actor"/> (a forged or old card).</summary>
    public Task<CardActionResult> ExecuteAsync(Actor actor, string verb, IReadOnlyDictionary<string, object?> data, UiLanguage language = UiLanguage.Swedish)
    {
        var json = JsonSerializer.SerializeToElement(new Dictionary<string, object?>(data) { [CardData.VerbKey] = verb, [CardData.LanguageKey] = CardData.Tag(language) });
        var context = new RecordingTurnContext(Message(actor, string.Empty));
        return Get<CardActionRouter>().HandleAsync(new BotTurn(context, language), new CardActionRequest(verb, json, "card-1", IsInvoke: true), CancellationToken.None);
    }

    /// <summary>The input values a card shows, by id (what a client sends with a click).</summary>
    public static Dictionary<string, string?> Inputs(AdaptiveCard card) =>
        Elements(card.Body).OfType<CardInput>().ToDictionary(i => i.Id!, i => i switch
        {
            InputText t => t.Value,
            InputDate d => d.Value,
            InputChoiceSet c => c.Value,
            InputToggle t => t.Value,
            _ => null,
        });

    /// <summary>The input with <paramref name="id"/>.</summary>
    public static CardInput Input(AdaptiveCard card, string id) => Elements(card.Body).OfType<CardInput>().Single(i => i.Id == id);

    /// <summary>The red error lines that follow the input with <paramref name="id"/> in its container.</summary>
    public static IReadOnlyList<string> ErrorsAt(AdaptiveCard card, string id)
    {
        foreach (var list in Lists(card.Body))
        {
            var index = list.ToList().FindIndex(e => e.Id == id);
            if (index >= 0)
            {
                return [.. list.Skip(index + 1).TakeWhile(e => e is TextBlock { Color: TextColor.Attention }).Select(e => ((TextBlock)e).Text)];
            }
        }

        throw new InvalidOperationException("No input " + id);
    }

    public static CardActionResult.CardResult CardResult(CardActionResult result) => Assert.IsType<CardActionResult.CardResult>(result);

    public static AdaptiveCard CardOf(CardActionResult result) => CardResult(result).Card;

    public static string TextOf(CardActionResult result) => SentCards.TextOf(CardOf(result));

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private Task<CardActionResult> ExecuteAsync(Actor actor, ExecuteAction action, AdaptiveCard card, IReadOnlyDictionary<string, string?>? typed)
    {
        var data = new JsonObject();
        foreach (var (key, value) in Inputs(card))
        {
            data[key] = value;
        }

        foreach (var (key, value) in typed ?? new Dictionary<string, string?>())
        {
            data[key] = value;
        }

        foreach (var (key, value) in (IReadOnlyDictionary<string, object?>)action.Data!)
        {
            data[key] = JsonSerializer.SerializeToNode(value);
        }

        var language = CardData.ParseTag(data[CardData.LanguageKey]?.GetValue<string>()) ?? UiLanguage.Swedish;
        var context = new RecordingTurnContext(Message(actor, string.Empty));
        var request = new CardActionRequest(action.Verb, JsonSerializer.SerializeToElement(data), "card-1", IsInvoke: true);
        return Get<CardActionRouter>().HandleAsync(new BotTurn(context, language), request, CancellationToken.None);
    }

    private static IEnumerable<ExecuteAction> Buttons(AdaptiveCard card) =>
        (card.Actions ?? []).OfType<ExecuteAction>().Concat(Elements(card.Body).OfType<ActionSet>().SelectMany(s => s.Actions.OfType<ExecuteAction>()));

    private static IEnumerable<CardElement> Elements(IEnumerable<CardElement> elements) => Lists(elements).SelectMany(l => l);

    /// <summary>Every list of elements in the card: the body, and each container's and column's items.</summary>
    private static IEnumerable<IList<CardElement>> Lists(IEnumerable<CardElement> elements)
    {
        var list = elements as IList<CardElement> ?? [.. elements];
        yield return list;
        foreach (var element in list)
        {
            var children = element switch
            {
                Container c => [c.Items],
                ColumnSet s => s.Columns.Select(c => c.Items),
                Column c => [c.Items],
                _ => Enumerable.Empty<IList<CardElement>>(),
            };
            foreach (var child in children.SelectMany(Lists))
            {
                yield return child;
            }
        }
    }

    private static Activity Message(Actor actor, string text, string conversationType = "personal")
    {
        var activity = Activities.Message(text, conversationId: conversationType == "personal" ? PersonalChat(actor) : "19:group@thread.v2", conversationType: conversationType, serviceUrl: ServiceUrl);
        activity.From = new ChannelAccount { Id = "29:" + actor.AadObjectId, Name = actor.Name, AadObjectId = actor.AadObjectId };
        activity.Conversation!.TenantId = actor.TenantId;
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = actor.TenantId } };
        return activity;
    }
}
