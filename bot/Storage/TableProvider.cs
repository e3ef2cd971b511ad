using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace VastbusBot.Storage;

/// <summary>
/// Hands out <see cref="TableClient"/>s for the bot's tables and creates each table once per process, on first
/// use, so the bot starts even while storage is briefly unreachable.
/// </summary>
public sealed class TableProvider
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);

    public TableProvider(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _prefix = o.TablePrefix;
        _service = CreateServiceClient(o);
    }

    /// <summary>The table named <paramref name="logicalName"/> (prefixed), created if missing.</summary>
    public Task<TableClient> GetTableAsync(string logicalName, CancellationToken cancellationToken = default)
    {
        var name = _prefix + logicalName;
        var lazy = _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(n)));
        var task = lazy.Value;
        if (task.IsFaulted)
        {
            // Do not cache a failure (e.g. storage was down at the first call); try again next time.
            _tables.TryRemove(new KeyValuePair<string, Lazy<Task<TableClient>>>(name, lazy));
        }

        return task.WaitAsync(cancellationToken);
    }

    private async Task<TableClient> CreateAsync(string name)
    {
        var client = _service.GetTableClient(name);
        await client.CreateIfNotExistsAsync().ConfigureAwait(false);
        return client;
    }

    private static TableServiceClient CreateServiceClient(StorageOptions o)
    {
        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            return new TableServiceClient(o.ConnectionString);
        }

        if (o.TableServiceUri is not null)
        {
            var credential = string.IsNullOrWhiteSpace(o.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId));
            return new TableServiceClient(o.TableServiceUri, credential);
        }

        throw new InvalidOperationException(
            "Storage is not configured: set Storage:ConnectionString, or Storage:TableServiceUri for a managed identity.");
    }
}
