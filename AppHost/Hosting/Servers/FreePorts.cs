using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Consortium.Hosting.Servers;

/// <summary>
/// Hands out TCP ports on 127.0.0.1 that nothing listens on, chosen below the kernel's ephemeral
/// range. A port from that range (what binding to port 0 gives) can be taken between our choice
/// and the server's bind by any outgoing connection of this machine, and a probe that connects to
/// it before the server listens can even connect to itself and hold it (a TCP self-connect); both
/// happened to Erlang's port mapper here.
/// </summary>
public static class FreePorts
{
    private const int Lowest = 10000;

    // Servers starting in parallel in this process must get different ports even before they bind.
    private static readonly HashSet<int> s_handedOut = [];

    public static int Take()
    {
        var highest = EphemeralRangeStart() - 1;
        while (true)
        {
            var port = Random.Shared.Next(Lowest, highest);
            lock (s_handedOut)
            {
                if (!s_handedOut.Contains(port) && IsFree(port))
                {
                    s_handedOut.Add(port);
                    return port;
                }
            }
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    // /proc/sys/net/ipv4/ip_local_port_range: "32768	60999" on Linux by default.
    private static int EphemeralRangeStart()
    {
        const string rangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(rangeFile)
            && int.TryParse(File.ReadAllText(rangeFile).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
            && start > Lowest + 1000)
        {
            return start;
        }

        return 32768;
    }
}
