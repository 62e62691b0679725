using System.Net;
using System.Net.Sockets;
using Consortium.Hosting.Servers;

namespace Consortium.Hosting.Tests;

public sealed class PrerequisitesTests
{
    [Fact]
    public void A_missing_binary_names_the_debian_package_and_the_install_command()
    {
        var error = new PrerequisiteMissingException("redis-server", "redis-server");

        Assert.Contains("apt-get install -y redis-server", error.Message, StringComparison.Ordinal);
        Assert.Equal("redis-server", error.DebianPackage);
    }

    [Fact]
    public void Free_ports_are_distinct_and_nothing_listens_on_them()
    {
        var ports = Enumerable.Range(0, 20).Select(_ => FreePorts.Take()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        foreach (var port in ports)
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }
    }
}
