using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace VastbusBot.GraphIntegration.Client;

/// <summary>
/// Adds a fixed bearer token for the local Graph emulator, so requests look like real ones (the emulator accepts
/// any token). Refuses any host but a loopback one, so it can never send a fake token to the real Graph.
/// </summary>
internal sealed class EmulatorAuthenticationProvider : IAuthenticationProvider
{
    public const string Token = "local-graph-emulator";

    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.URI.IsLoopback)
        {
            throw new InvalidOperationException($"The emulator credential is only for a loopback Graph, not {request.URI.Host}.");
        }

        request.Headers.TryAdd("Authorization", $"Bearer {Token}");
        return Task.CompletedTask;
    }
}
