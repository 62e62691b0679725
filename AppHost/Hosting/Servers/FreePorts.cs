using System.Net;
using System.Net.Sockets;

namespace Consortium.Hosting.Servers;

/// <summary>Hands out TCP ports on 127.0.0.1 that nothing listens on.</summary>
public static class FreePorts
{
    // The OS may offer a port again as soon as the probing socket closes; servers starting in
    // parallel in this process must still get different ones.
    private static readonly HashSet<int> s_handedOut = [];

    public static int Take()
    {
        while (true)
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)probe.LocalEndPoint!).Port;
            lock (s_handedOut)
            {
                if (s_handedOut.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
