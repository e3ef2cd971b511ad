using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol;

/// <summary>The bot's logic as the protocol layer sees it. Implemented by the conversation layer.</summary>
public interface IActivityHandler
{
    /// <summary>
    /// Every activity except invokes. Runs in the background after the HTTP request was answered 202, at most once
    /// per (conversation id, activity id), in order per conversation, with the configured turn timeout.
    /// </summary>
    Task OnActivityAsync(ITurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// Invokes. Runs inside the HTTP request (about 10 s budget); the result is written as the HTTP response.
    /// </summary>
    Task<InvokeResponse> OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken);
}
