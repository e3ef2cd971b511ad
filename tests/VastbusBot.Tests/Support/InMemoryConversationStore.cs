using System.Collections.Concurrent;
using VastbusBot.Protocol.Schema;
using VastbusBot.Storage;

namespace VastbusBot.Tests.Support;

/// <summary>The conversation store's contract in memory, for conversation-layer unit tests.</summary>
internal sealed class InMemoryConversationStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<(string, string), StoredConversation> _rows = new();

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var key = (reference.TenantId ?? string.Empty, reference.ConversationId);
        _rows.AddOrUpdate(key, new StoredConversation(reference, null, true), (_, old) => old with { Reference = reference, Installed = true });
        return Task.CompletedTask;
    }

    public Task<StoredConversation?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.TryGetValue((tenantId, conversationId), out var row) ? row : null);

    public Task<StoredConversation?> FindPersonalAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.Values.FirstOrDefault(r => r.Reference.TenantId == tenantId && r.Reference.UserAadObjectId == userAadObjectId && r.Reference.ConversationType == "personal"));

    public Task<bool> HasBeenWelcomedAsync(string tenantId, string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.TryGetValue((tenantId, conversationId), out var row) && row.WelcomedAt is not null);

    public Task<bool> TryMarkWelcomedAsync(string tenantId, string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var key = (tenantId, conversationId);
        while (true)
        {
            if (!_rows.TryGetValue(key, out var row))
            {
                var placeholder = new ConversationReference { ServiceUrl = "https://unknown/", ChannelId = "msteams", ConversationId = conversationId, TenantId = tenantId };
                if (_rows.TryAdd(key, new StoredConversation(placeholder, at, true)))
                {
                    return Task.FromResult(true);
                }

                continue;
            }

            if (row.WelcomedAt is not null)
            {
                return Task.FromResult(false);
            }

            if (_rows.TryUpdate(key, row with { WelcomedAt = at }, row))
            {
                return Task.FromResult(true);
            }
        }
    }

    public Task MarkUninstalledAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        if (_rows.TryGetValue((tenantId, conversationId), out var row))
        {
            _rows[(tenantId, conversationId)] = row with { WelcomedAt = null, Installed = false };
        }

        return Task.CompletedTask;
    }
}
