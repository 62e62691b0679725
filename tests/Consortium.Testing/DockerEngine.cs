using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Consortium.Testing;

/// <summary>Whether a Docker engine answers, at DOCKER_HOST or the default socket.</summary>
internal static class DockerEngine
{
    private const string DefaultSocket = "/var/run/docker.sock";
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    /// <summary>True when the engine answers GET /_ping (a socket file alone may be stale).</summary>
    public static async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        var endpoint = Endpoint(Environment.GetEnvironmentVariable("DOCKER_HOST"));
        if (endpoint is null)
        {
            return false;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        using var socket = endpoint is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(endpoint, timeout.Token);
            await socket.SendAsync(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"), timeout.Token);
            var reply = new byte[64];
            var received = await socket.ReceiveAsync(reply, timeout.Token);
            return Encoding.ASCII.GetString(reply, 0, received).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    private static EndPoint? Endpoint(string? dockerHost)
    {
        if (string.IsNullOrEmpty(dockerHost))
        {
            return File.Exists(DefaultSocket) ? new UnixDomainSocketEndPoint(DefaultSocket) : null;
        }

        if (!Uri.TryCreate(dockerHost, UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.Scheme switch
        {
            "unix" => new UnixDomainSocketEndPoint(uri.AbsolutePath),
            "tcp" => new DnsEndPoint(uri.Host, uri.Port),
            _ => null,
        };
    }
}
