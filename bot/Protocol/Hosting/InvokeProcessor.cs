using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Hosting;

/// <summary>
/// Runs invokes inside the request with a time budget, and answers a redelivered invoke (same conversation and
/// activity id) with the first delivery's response instead of running the handler again.
/// </summary>
internal sealed class InvokeProcessor
{
    /// <summary>Shown by Teams in the card's error bar, so it is user text (Swedish first, then English).</summary>
    internal const string ErrorMessage = "Något gick fel. Försök igen om en stund. / Something went wrong. Please try again in a moment.";

    private readonly ExpiringCache<TaskCompletionSource<InvokeResponse>> _responses;
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<BotFrameworkOptions> _options;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<InvokeProcessor> _logger;

    public InvokeProcessor(IServiceScopeFactory scopes, IOptions<BotFrameworkOptions> options, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<InvokeProcessor> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _options = options;
        _lifetime = lifetime;
        _logger = logger;
        _responses = new ExpiringCache<TaskCompletionSource<InvokeResponse>>(10_000, options.Value.InvokeResponseCacheDuration, time);
    }

    public static InvokeResponse FailureResponse() =>
        AdaptiveCardInvokeResponse.Error(500, "InternalServerError", ErrorMessage).ToInvokeResponse();

    public async Task<InvokeResponse> ProcessAsync(Activity activity, CancellationToken requestAborted)
    {
        var key = InMemoryActivityDeduplicator.Key(activity);
        if (key is null)
        {
            return await RunAsync(activity);
        }

        var completion = _responses.GetOrAdd(
            key,
            static () => new TaskCompletionSource<InvokeResponse>(TaskCreationOptions.RunContinuationsAsynchronously),
            out var first);
        if (!first)
        {
            HostingLog.DuplicateInvoke(_logger, activity.Name);
            return await completion.Task.WaitAsync(requestAborted);
        }

        // Not tied to requestAborted: a redelivery may be waiting for this result.
        var response = FailureResponse();
        try
        {
            response = await RunAsync(activity);
            return response;
        }
        finally
        {
            completion.TrySetResult(response);
        }
    }

    private async Task<InvokeResponse> RunAsync(Activity activity)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.ApplicationStopping);
        budget.CancelAfter(_options.Value.InvokeTimeout);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var handler = services.GetRequiredService<IActivityHandler>();
            var turn = new TurnContext(activity, services.GetRequiredService<IConnectorClient>());
            var response = await handler.OnInvokeAsync(turn, budget.Token).WaitAsync(budget.Token);
            if (response is null)
            {
                HostingLog.InvokeReturnedNull(_logger, activity.Name);
                return FailureResponse();
            }

            return response;
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            HostingLog.InvokeTimedOut(_logger, activity.Name, _options.Value.InvokeTimeout);
            return FailureResponse();
        }
        catch (Exception ex) // any failure must still produce a body: an empty one makes Teams retry
        {
            HostingLog.InvokeFailed(_logger, ex, activity.Name);
            return FailureResponse();
        }
    }
}
