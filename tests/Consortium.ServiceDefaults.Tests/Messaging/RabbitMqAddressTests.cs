using Consortium.ServiceDefaults.Messaging;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Messaging;

public sealed class RabbitMqAddressTests
{
    [Fact]
    public void Parses_an_aspire_style_connection_string_with_a_virtual_host()
    {
        var address = RabbitMqAddress.Parse("amqp://consortium:p%40ss@127.0.0.1:5673/districts-test");

        Assert.Equal(new RabbitMqAddress("127.0.0.1", 5673, "districts-test", "consortium", "p@ss"), address);
    }

    [Fact]
    public void Defaults_to_the_root_virtual_host_and_the_amqp_port()
    {
        var address = RabbitMqAddress.Parse("amqp://user:secret@broker");

        Assert.Equal(("/", (ushort)5672), (address.VirtualHost, address.Port));
    }

    [Fact]
    public void Refuses_anything_that_is_not_an_amqp_uri() =>
        Assert.Throws<InvalidOperationException>(() => RabbitMqAddress.Parse("Host=localhost;Port=5672"));
}
