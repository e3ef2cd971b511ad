using System.Net;
using System.Net.Sockets;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Protocol;
using VastbusBot.Storage;

namespace VastbusBot.Features.Reminders.Messaging;

/// <summary>
/// <see cref="IProactiveMessenger"/> on the stored conversation references and the Bot Connector. A 403 or 404 marks
/// the personal chat as uninstalled, so no further proactive message goes to that user until they write to the bot
/// or reinstall it (both save the reference again).
/// </summary>
public sealed partial class ConnectorProactiveMessenger(
    IConversationReferenceStore conversations,
    Func<IConnectorClient> connectorFactory,
    ProactiveSendPacer pacer,
    ILogger<ConnectorProactiveMessenger> logger) : IProactiveMessenger
{
    public async Task<ProactiveRecipient?> FindRecipientAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var stored = await conversations.FindPersonalAsync(tenantId, aadObjectId, cancellationToken);
        if (stored is null || !stored.Installed)
        {
            return null;
        }

        var reference = stored.Reference;
        return new ProactiveRecipient(
            tenantId,
            aadObjectId,
            reference,
            LanguageDetector.FromLocale(reference.Locale),
            ReminderTimes.TryFindZone(reference.Timezone));
    }

    public async Task<ProactiveSendResult> SendCardAsync(ProactiveRecipient recipient, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(card);
        // Built before waiting for the pacer, so a card over the size budget fails at once.
        var message = CardMessage.Create(card);
        try
        {
            await pacer.WaitAsync(recipient.TenantId, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return new ProactiveSendResult(ProactiveSendStatus.NotSent, Detail: "stopped before sending");
        }

        var reference = recipient.Reference;
        reference.ApplyTo(message);

        try
        {
            // Not cancellable: once the POST starts, its outcome must be known and recorded.
            var response = await connectorFactory().SendToConversationAsync(
                new Uri(reference.ServiceUrl), reference.ConversationId, message, CancellationToken.None);
            return new ProactiveSendResult(ProactiveSendStatus.Sent, response.Id);
        }
        catch (ConnectorException ex) when (ex.IsRecipientGone)
        {
            LogRecipientGone(recipient.TenantId, recipient.AadObjectId, (int)ex.StatusCode, ex.ErrorCode);
            await MarkGoneAsync(recipient);
            return new ProactiveSendResult(ProactiveSendStatus.RecipientGone, Detail: Describe(ex));
        }
        catch (ConnectorException ex) when (ex.IsThrottled || ex.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            return new ProactiveSendResult(ProactiveSendStatus.NotSent, Detail: Describe(ex)) { Throttled = ex.IsThrottled };
        }
        catch (ConnectorException ex) when ((int)ex.StatusCode is >= 400 and < 500)
        {
            return new ProactiveSendResult(ProactiveSendStatus.Rejected, Detail: Describe(ex));
        }
        catch (ConnectorException ex)
        {
            return new ProactiveSendResult(ProactiveSendStatus.Uncertain, Detail: Describe(ex));
        }
        catch (UntrustedServiceUrlException ex)
        {
            return new ProactiveSendResult(ProactiveSendStatus.Rejected, Detail: ex.Message);
        }
        catch (HttpRequestException ex) when (IsCertainlyBeforeSend(ex))
        {
            return new ProactiveSendResult(ProactiveSendStatus.NotSent, Detail: ex.HttpRequestError.ToString());
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            return new ProactiveSendResult(ProactiveSendStatus.Uncertain, Detail: ex.GetType().Name);
        }
    }

    private async Task MarkGoneAsync(ProactiveRecipient recipient)
    {
        try
        {
            await conversations.MarkUninstalledAsync(recipient.TenantId, recipient.Reference.ConversationId, CancellationToken.None);
        }
        catch (Azure.RequestFailedException ex)
        {
            // The claim still records the final outcome; the next reminder will simply get a 403 again.
            LogMarkGoneFailed(ex, recipient.TenantId);
        }
    }

    /// <summary>DNS, connect and TLS failures: the request never reached Teams.</summary>
    private static bool IsCertainlyBeforeSend(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError
        || exception.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable };

    private static string Describe(ConnectorException ex) =>
        ((int)ex.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) + (ex.ErrorCode is null ? string.Empty : " " + ex.ErrorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Proactive send to {AadObjectId} in tenant {TenantId} refused with {StatusCode} {ErrorCode}: the user removed the app or blocked the bot; their chat is marked unusable")]
    private partial void LogRecipientGone(string tenantId, string aadObjectId, int statusCode, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mark a removed user's chat as uninstalled in tenant {TenantId}")]
    private partial void LogMarkGoneFailed(Exception exception, string tenantId);
}
