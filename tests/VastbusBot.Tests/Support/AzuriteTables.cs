using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using VastbusBot.Storage;
using VastbusBot.Testing;

namespace VastbusBot.Tests.Support;

/// <summary>
/// Table Storage on the shared test Azurite. Each test class (or test) takes a table prefix of its own, so tests
/// sharing the emulator never see each other's rows; providers with the same prefix stand for instances of one bot.
/// </summary>
internal static class AzuriteTables
{
    /// <summary>A fresh prefix: a letter (table names must start with one) and 12 hex digits.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    public static TableProvider Tables(this AzuriteFixture azurite, string prefix) =>
        new(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix }));

    /// <summary>Every row of one of the bot's tables, for tests that check what was written.</summary>
    public static async Task<List<TableEntity>> RowsAsync(this TableProvider tables, string table)
    {
        var client = await tables.GetTableAsync(table, CancellationToken.None);
        return await client.QueryAsync<TableEntity>().ToListAsync();
    }
}
