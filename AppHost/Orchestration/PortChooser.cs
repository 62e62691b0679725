using System.Net;
using System.Net.Sockets;
using Consortium.Hosting.Servers;

namespace Consortium.AppHost.Orchestration;

/// <summary>Uses a service's preferred port when it is free (stable URLs for people), another free one otherwise.</summary>
public static class PortChooser
{
    public static int Choose(int preferred, bool anyFreePort) =>
        !anyFreePort && IsFree(preferred) ? preferred : FreePorts.Take();

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
