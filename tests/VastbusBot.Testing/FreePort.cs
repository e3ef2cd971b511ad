using System.Net;
using System.Net.Sockets;

namespace VastbusBot.Testing;

/// <summary>Free loopback TCP ports for processes a test starts (Azurite, the Agents Playground, …).</summary>
public static class FreePort
{
    /// <summary>A loopback port that was free a moment ago (the OS picks it, so parallel tests do not collide).</summary>
    public static int Get() => GetMany(1)[0];

    /// <summary>
    /// <paramref name="count"/> distinct free loopback ports. All are held open until every one is chosen, so the
    /// OS cannot hand out the same port twice.
    /// </summary>
    public static int[] GetMany(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
                listener.Dispose();
            }
        }
    }

    /// <summary>True when something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<bool> IsOpenAsync(int port, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
