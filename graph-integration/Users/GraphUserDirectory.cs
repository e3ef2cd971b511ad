using Microsoft.Extensions.Logging;
using VastbusBot.GraphIntegration.Calendar;
using VastbusBot.GraphIntegration.Client;

namespace VastbusBot.GraphIntegration.Users;

/// <summary><see cref="IUserDirectory"/> on Graph: <c>GET /users/{id}?$select=id,displayName,mail,userPrincipalName</c> per user.</summary>
internal sealed partial class GraphUserDirectory(GraphServiceClientProvider clients, ILogger<GraphUserDirectory> logger) : IUserDirectory
{
    /// <summary>Lookups in flight at once: a gathering has a few dozen attendees at most, and Graph throttles per app.</summary>
    internal const int Parallelism = 4;

    private static readonly string[] Fields = ["id", "displayName", "mail", "userPrincipalName"];

    public async Task<GraphResult<IReadOnlyDictionary<string, DirectoryUser?>>> GetUsersAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectIds);
        var ids = objectIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var found = new System.Collections.Concurrent.ConcurrentDictionary<string, DirectoryUser?>(StringComparer.OrdinalIgnoreCase);
        (GraphOutcome Outcome, string Detail, TimeSpan? RetryAfter)? failure = null;
        var gate = new Lock();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stop.Token }, async (id, token) =>
            {
                try
                {
                    var user = await clients.Client.Users[id].GetAsync(config => config.QueryParameters.Select = Fields, token);
                    found[id] = user is null ? null : new DirectoryUser(user.Id ?? id, user.DisplayName, user.Mail, user.UserPrincipalName);
                }
                catch (Exception exception) when (GraphErrors.Classify(exception, token) is { } classified)
                {
                    if (classified.Outcome == GraphOutcome.NotFound)
                    {
                        found[id] = null;
                        return;
                    }

                    // One failure (throttling, no permission) fails the lookup; the others need not run.
                    lock (gate)
                    {
                        failure ??= classified;
                    }

                    await stop.CancelAsync();
                }
            });
        }
        catch (OperationCanceledException) when (failure is not null && !cancellationToken.IsCancellationRequested)
        {
            // Stopped by a failure above.
        }

        if (failure is { } f)
        {
            LogLookupFailed(logger, f.Outcome, f.Detail);
            return GraphResult<IReadOnlyDictionary<string, DirectoryUser?>>.Fail(f.Outcome, f.Detail, f.RetryAfter);
        }

        var missing = ids.Count(id => found.GetValueOrDefault(id) is null);
        if (missing > 0)
        {
            LogUsersNotFound(logger, missing, ids.Count);
        }

        return GraphResult<IReadOnlyDictionary<string, DirectoryUser?>>.Ok(ids.ToDictionary(id => id, id => found.GetValueOrDefault(id), StringComparer.OrdinalIgnoreCase));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph user lookup ended {Outcome} ({Detail})")]
    private static partial void LogLookupFailed(ILogger logger, GraphOutcome outcome, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Missing} of {Count} users were not found in the directory")]
    private static partial void LogUsersNotFound(ILogger logger, int missing, int count);
}
