using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Consortium.Hosting.Servers;

/// <summary>Cheap checks that a server on 127.0.0.1 really speaks its protocol, not just listens.</summary>
public static class TcpProbes
{
    // AMQP 0-9-1 protocol header; a broker that is ready replies with a connection.start method frame.
    private static readonly byte[] s_amqpHeader = "AMQP\0\0\u0009\u0001"u8.ToArray();

    // Erlang's port mapper protocol: a 2-byte length, then NAMES_REQ ('n'); the reply starts with
    // the mapper's own port as 4 bytes.
    private static readonly byte[] s_epmdNamesRequest = [0, 1, (byte)'n'];

    /// <summary>
    /// Asks Erlang's port mapper for its names, as <c>epmd -names</c> does. A bare connect-and-close
    /// makes epmd log "got partial packet only" to stderr on every check.
    /// </summary>
    public static async Task<bool> AnswersEpmdAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(s_epmdNamesRequest, cancellationToken);
        var ownPort = new byte[4];
        await stream.ReadExactlyAsync(ownPort, cancellationToken);
        return ((ownPort[2] << 8) | ownPort[3]) == port;
    }

    public static async Task<bool> AnswersAmqpAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(s_amqpHeader, cancellationToken);

        // Frame type (1 = method), channel (2), payload size (4), class id (2), method id (2).
        var frameStart = new byte[11];
        await stream.ReadExactlyAsync(frameStart, cancellationToken);
        const int methodFrame = 1, connectionClass = 10, startMethod = 10;
        return frameStart[0] == methodFrame
            && ReadUInt16(frameStart, 7) == connectionClass
            && ReadUInt16(frameStart, 9) == startMethod;
    }

    /// <summary>AUTH then PING; a Redis still loading its data answers -LOADING instead of +PONG.</summary>
    public static async Task<bool> AnswersRedisPingAsync(int port, string password, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"AUTH {password}\r\nPING\r\n"), cancellationToken);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var authReply = await reader.ReadLineAsync(cancellationToken);
        var pingReply = await reader.ReadLineAsync(cancellationToken);
        return authReply == "+OK" && pingReply == "+PONG";
    }

    private static int ReadUInt16(byte[] bytes, int offset) => (bytes[offset] << 8) | bytes[offset + 1];
}
