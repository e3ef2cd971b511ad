using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VastbusBot.Testing;

/// <summary>
/// The Graph emulator's control API (<c>/_emulator</c>, see docs/graph.md) as a test sees it: replace the tenant,
/// plan faults, and read the events and requests the emulator holds. Works for an emulator in-process or not.
/// </summary>
public sealed class GraphEmulatorControl(Uri root) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = root, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The Graph base URL for the bot: {root}/v1.0.</summary>
    public string GraphBaseUrl => new Uri(_http.BaseAddress!, "v1.0").ToString();

    /// <summary>Replaces the tenant with <paramref name="seed"/> (users, events, weeklyBusy; see the emulator's seed format).</summary>
    public async Task SeedAsync(JsonObject seed)
    {
        using var response = await _http.PostAsJsonAsync("_emulator/seed", seed);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Back to the seed file the emulator was started with; faults and the request journal are cleared.</summary>
    public async Task ResetAsync()
    {
        using var response = await _http.PostAsync("_emulator/reset", content: null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// The next <paramref name="count"/> Graph calls whose path contains <paramref name="pathContains"/> (and whose
    /// method is <paramref name="method"/>) answer <paramref name="status"/>; with <paramref name="afterProcessing"/>
    /// the call takes effect first and only its answer is lost.
    /// </summary>
    public async Task AddFaultAsync(int status, int count, string? pathContains = null, string? method = null, int? retryAfterSeconds = 0, bool afterProcessing = false)
    {
        var rule = new JsonObject
        {
            ["status"] = status,
            ["count"] = count,
            ["retryAfterSeconds"] = retryAfterSeconds,
            ["pathContains"] = pathContains,
            ["method"] = method,
            ["afterProcessing"] = afterProcessing,
        };
        using var response = await _http.PostAsJsonAsync("_emulator/faults", rule);
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearFaultsAsync()
    {
        using var response = await _http.DeleteAsync("_emulator/faults");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Forgets the Graph calls received so far.</summary>
    public async Task ClearRequestsAsync()
    {
        using var response = await _http.DeleteAsync("_emulator/requests");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Every event the emulator holds, cancelled ones included.</summary>
    public async Task<IReadOnlyList<JsonObject>> EventsAsync() => await ReadArrayAsync("_emulator/events");

    /// <summary>The Graph calls received since the last reset (method, path, status, transaction id).</summary>
    public async Task<IReadOnlyList<JsonObject>> RequestsAsync() => await ReadArrayAsync("_emulator/requests");

    public void Dispose() => _http.Dispose();

    private async Task<IReadOnlyList<JsonObject>> ReadArrayAsync(string path)
    {
        var node = await _http.GetFromJsonAsync<JsonNode>(path);
        return node is JsonArray array ? [.. array.OfType<JsonObject>()] : throw new InvalidOperationException($"{path} did not return an array: {node}");
    }
}
