using System.Net;
using System.Net.Sockets;

namespace Consortium.Testing;

/// <summary>
/// A TCP forwarder between a service and one of the shared servers, so a test can make that server
/// unreachable for one service (every connection dropped, new ones refused) and bring it back,
/// without disturbing the other tests that share the server. Seen from the service this is what a
/// killed server looks like; the server's own data stays as it was, as after a restart with its
/// files (PostgreSQL's data directory, Redis's append-only file).
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly object _gate = new();
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;

    private TcpRelay(IPEndPoint target, int port)
    {
        _target = target;
        Port = port;
    }

    /// <summary>The local port the service connects to instead of the server's.</summary>
    public int Port { get; }

    public static TcpRelay Start(string host, int port)
    {
        var address = host is "localhost" ? IPAddress.Loopback : IPAddress.Parse(host);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var relayPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var relay = new TcpRelay(new IPEndPoint(address, port), relayPort);
        relay.Resume();
        return relay;
    }

    /// <summary>Drops every open connection and refuses new ones: the server is "down".</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
            foreach (var client in _open)
            {
                client.Client.LingerState = new LingerOption(true, 0);
                client.Dispose();
            }

            _open.Clear();
        }
    }

    /// <summary>Accepts connections again: the server is "back".</summary>
    public void Resume()
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }

            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            _listener = listener;
            _ = AcceptAsync(listener);
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient incoming;
            try
            {
                incoming = await listener.AcceptTcpClientAsync();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = RelayAsync(incoming);
        }
    }

    private async Task RelayAsync(TcpClient incoming)
    {
        var outgoing = new TcpClient();
        lock (_gate)
        {
            if (_listener is null)
            {
                incoming.Dispose();
                outgoing.Dispose();
                return;
            }

            _open.Add(incoming);
            _open.Add(outgoing);
        }

        try
        {
            await outgoing.ConnectAsync(_target);
            var a = incoming.GetStream();
            var b = outgoing.GetStream();
            await Task.WhenAny(a.CopyToAsync(b), b.CopyToAsync(a));
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
        {
            // A cut connection: nothing to do but close both ends.
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(incoming);
                _open.Remove(outgoing);
            }

            incoming.Dispose();
            outgoing.Dispose();
        }
    }
}
