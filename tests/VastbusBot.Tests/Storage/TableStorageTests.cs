using VastbusBot.Protocol;
using VastbusBot.Protocol.Schema;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Support;

namespace VastbusBot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableStorageTests(AzuriteFixture azurite)
{
    private TableProvider NewProvider(string prefix) => azurite.Tables(prefix);

    private static string UniquePrefix() => AzuriteTables.NewPrefix();

    private static ConversationReference Reference(string conversationId, string type = "personal", string aad = "aad-1") => new()
    {
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ChannelId = "msteams",
        ConversationId = conversationId,
        ConversationType = type,
        TenantId = "tenant-1",
        UserId = "29:u",
        UserAadObjectId = aad,
        UserName = "Megan",
        BotId = "28:bot",
        Locale = "sv-SE",
        Timezone = "Europe/Stockholm",
    };

    [Fact]
    public async Task ConversationReference_SavedThenRead_RoundTripsEveryField()
    {
        var store = new TableConversationReferenceStore(NewProvider(UniquePrefix()), TimeProvider.System);
        var reference = Reference("a:1/with#odd?chars");

        await store.SaveAsync(reference, CancellationToken.None);
        var byConversation = await store.GetAsync("tenant-1", reference.ConversationId, CancellationToken.None);
        var byUser = await store.FindPersonalAsync("tenant-1", "aad-1", CancellationToken.None);

        Assert.Equal(reference, byConversation?.Reference);
        Assert.Equal(reference, byUser?.Reference);
        Assert.True(byConversation!.Installed);
    }

    [Fact]
    public async Task ConversationReference_OtherTenant_IsNotVisible()
    {
        var store = new TableConversationReferenceStore(NewProvider(UniquePrefix()), TimeProvider.System);
        await store.SaveAsync(Reference("a:2"), CancellationToken.None);

        Assert.Null(await store.GetAsync("tenant-2", "a:2", CancellationToken.None));
        Assert.Null(await store.FindPersonalAsync("tenant-2", "aad-1", CancellationToken.None));
    }

    [Fact]
    public async Task TryMarkWelcomed_ConcurrentTurnsOnTwoInstances_ExactlyOneWins()
    {
        var prefix = UniquePrefix();
        var a = new TableConversationReferenceStore(NewProvider(prefix), TimeProvider.System);
        var b = new TableConversationReferenceStore(NewProvider(prefix), TimeProvider.System);
        await a.SaveAsync(Reference("a:3"), CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? a : b).TryMarkWelcomedAsync("tenant-1", "a:3", DateTimeOffset.UtcNow, CancellationToken.None)));

        Assert.Equal(1, results.Count(r => r));
        Assert.True(await b.HasBeenWelcomedAsync("tenant-1", "a:3", CancellationToken.None));
    }

    [Fact]
    public async Task MarkUninstalled_ClearsWelcome_SoAReinstallWelcomesAgain()
    {
        var store = new TableConversationReferenceStore(NewProvider(UniquePrefix()), TimeProvider.System);
        await store.SaveAsync(Reference("a:4"), CancellationToken.None);
        Assert.True(await store.TryMarkWelcomedAsync("tenant-1", "a:4", DateTimeOffset.UtcNow, CancellationToken.None));

        await store.MarkUninstalledAsync("tenant-1", "a:4", CancellationToken.None);

        var stored = await store.GetAsync("tenant-1", "a:4", CancellationToken.None);
        Assert.False(stored!.Installed);
        Assert.False(await store.HasBeenWelcomedAsync("tenant-1", "a:4", CancellationToken.None));
        Assert.True(await store.TryMarkWelcomedAsync("tenant-1", "a:4", DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [Fact]
    public async Task Deduplicator_SameDeliveryTwice_AlsoOnAnotherInstance_OnlyFirstProceeds()
    {
        var prefix = UniquePrefix();
        var first = new BatchingTableActivityDeduplicator(NewProvider(prefix), TimeProvider.System);
        var second = new BatchingTableActivityDeduplicator(NewProvider(prefix), TimeProvider.System);
        var activity = new Activity { Type = "message", Id = "1795432476368", Conversation = new ConversationAccount { Id = "a:5" } };
        var sameIdOtherConversation = new Activity { Type = "message", Id = "1795432476368", Conversation = new ConversationAccount { Id = "a:6" } };

        Assert.True(await first.TryBeginAsync(activity, CancellationToken.None));
        Assert.False(await first.TryBeginAsync(activity, CancellationToken.None));
        Assert.False(await second.TryBeginAsync(activity, CancellationToken.None));
        Assert.True(await second.TryBeginAsync(sameIdOtherConversation, CancellationToken.None));
    }
}
