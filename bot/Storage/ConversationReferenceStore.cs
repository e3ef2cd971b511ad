using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Storage;

/// <summary>What the bot knows about a conversation it is part of: enough to message it proactively.</summary>
public sealed record StoredConversation(ConversationReference Reference, DateTimeOffset? WelcomedAt, bool Installed);

/// <summary>Stores conversation references for proactive messages (reminders, deviation notices).</summary>
public interface IConversationReferenceStore
{
    /// <summary>Saves <paramref name="reference"/> unless the same one was saved by this process already.</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    Task<StoredConversation?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    /// <summary>The personal (1:1) conversation with a user, found by Entra object id.</summary>
    Task<StoredConversation?> FindPersonalAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken);

    /// <summary>True when the welcome card was sent in this conversation since the app was (re)installed.</summary>
    Task<bool> HasBeenWelcomedAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Marks that the welcome card was sent; returns false when it had been sent already (another turn won).</summary>
    Task<bool> TryMarkWelcomedAsync(string tenantId, string conversationId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The app was removed from the conversation: no more proactive messages, a new install welcomes again.</summary>
    Task MarkUninstalledAsync(string tenantId, string conversationId, CancellationToken cancellationToken);
}

/// <summary>
/// Table design: partition = tenant, row = "c|" + conversation id (hashed when unsafe), plus an index row
/// "u|" + user object id for personal chats, so a reminder to a user is one point read.
/// </summary>
public sealed class TableConversationReferenceStore(TableProvider tables, TimeProvider time) : IConversationReferenceStore
{
    internal const string TableName = "conversations";

    // Avoids a storage write on every turn: only changes are written.
    private readonly ConcurrentDictionary<string, ConversationReference> _saved = new(StringComparer.Ordinal);

    // Welcomed is a one-way state until uninstall, so once seen it is answered from memory.
    private readonly ConcurrentDictionary<string, bool> _welcomed = new(StringComparer.Ordinal);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var cacheKey = CacheKey(reference.TenantId ?? string.Empty, reference.ConversationId);
        if (_saved.TryGetValue(cacheKey, out var known) && known == reference)
        {
            return;
        }

        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var entity = ToEntity(reference, ConversationRow(reference.ConversationId));
        entity["Installed"] = true;
        entity["UpdatedAt"] = time.GetUtcNow();
        await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);

        if (reference.ConversationType == "personal" && !string.IsNullOrEmpty(reference.UserAadObjectId))
        {
            var index = ToEntity(reference, UserRow(reference.UserAadObjectId));
            index["UpdatedAt"] = time.GetUtcNow();
            await table.UpsertEntityAsync(index, TableUpdateMode.Merge, cancellationToken);
        }

        _saved[cacheKey] = reference;
    }

    public Task<StoredConversation?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken) =>
        ReadAsync(tenantId, ConversationRow(conversationId), cancellationToken);

    public async Task<StoredConversation?> FindPersonalAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken)
    {
        var index = await ReadAsync(tenantId, UserRow(userAadObjectId), cancellationToken);
        return index is null ? null : await GetAsync(tenantId, index.Reference.ConversationId, cancellationToken);
    }

    public async Task<bool> HasBeenWelcomedAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        if (_welcomed.ContainsKey(CacheKey(tenantId, conversationId)))
        {
            return true;
        }

        var stored = await GetAsync(tenantId, conversationId, cancellationToken);
        if (stored?.WelcomedAt is null)
        {
            return false;
        }

        _welcomed[CacheKey(tenantId, conversationId)] = true;
        return true;
    }

    public async Task<bool> TryMarkWelcomedAsync(string tenantId, string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var row = ConversationRow(conversationId);
        var partition = TableKeys.Safe(tenantId);
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (!existing.HasValue || existing.Value is null)
        {
            try
            {
                await table.AddEntityAsync(new TableEntity(partition, row) { ["WelcomedAt"] = at, ["Installed"] = true }, cancellationToken);
                _welcomed[CacheKey(tenantId, conversationId)] = true;
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            }
        }

        var entity = existing.Value!;
        if (entity.GetDateTimeOffset("WelcomedAt") is not null)
        {
            _welcomed[CacheKey(tenantId, conversationId)] = true;
            return false;
        }

        entity["WelcomedAt"] = at;
        try
        {
            // The ETag makes two concurrent first turns send one welcome between them.
            await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Merge, cancellationToken);
            _welcomed[CacheKey(tenantId, conversationId)] = true;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    public async Task MarkUninstalledAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var partition = TableKeys.Safe(tenantId);
        var row = ConversationRow(conversationId);
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        var entity = existing.HasValue && existing.Value is { } e ? e : new TableEntity(partition, row);

        // Merge cannot delete a property (a null is simply not sent), so the row is replaced without WelcomedAt.
        entity.Remove("WelcomedAt");
        entity["Installed"] = false;
        entity["UpdatedAt"] = time.GetUtcNow();
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        _saved.TryRemove(CacheKey(tenantId, conversationId), out _);
        _welcomed.TryRemove(CacheKey(tenantId, conversationId), out _);
    }

    private async Task<StoredConversation?> ReadAsync(string tenantId, string row, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var result = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(tenantId), row, cancellationToken: cancellationToken);
        if (!result.HasValue || result.Value is not { } e || e.GetString("ServiceUrl") is not { } serviceUrl || e.GetString("ConversationId") is not { } conversationId)
        {
            return null;
        }

        var reference = new ConversationReference
        {
            ServiceUrl = serviceUrl,
            ChannelId = e.GetString("ChannelId") ?? "msteams",
            ConversationId = conversationId,
            ConversationType = e.GetString("ConversationType"),
            TenantId = e.GetString("TenantId"),
            UserId = e.GetString("UserId"),
            UserAadObjectId = e.GetString("UserAadObjectId"),
            UserName = e.GetString("UserName"),
            BotId = e.GetString("BotId"),
            BotName = e.GetString("BotName"),
            Locale = e.GetString("Locale"),
            Timezone = e.GetString("Timezone"),
        };
        return new StoredConversation(reference, e.GetDateTimeOffset("WelcomedAt"), e.GetBoolean("Installed") ?? true);
    }

    private static TableEntity ToEntity(ConversationReference r, string row) => new(TableKeys.Safe(r.TenantId ?? string.Empty), row)
    {
        ["ServiceUrl"] = r.ServiceUrl,
        ["ChannelId"] = r.ChannelId,
        ["ConversationId"] = r.ConversationId,
        ["ConversationType"] = r.ConversationType,
        ["TenantId"] = r.TenantId,
        ["UserId"] = r.UserId,
        ["UserAadObjectId"] = r.UserAadObjectId,
        ["UserName"] = r.UserName,
        ["BotId"] = r.BotId,
        ["BotName"] = r.BotName,
        ["Locale"] = r.Locale,
        ["Timezone"] = r.Timezone,
    };

    private static string CacheKey(string tenantId, string conversationId) => tenantId + "\n" + conversationId;

    private static string ConversationRow(string conversationId) => "c|" + TableKeys.Hash(conversationId);

    private static string UserRow(string aadObjectId) => "u|" + TableKeys.Safe(aadObjectId);
}
