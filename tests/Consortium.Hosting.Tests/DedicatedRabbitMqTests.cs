using Consortium.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Consortium.Hosting.Tests;

/// <summary>What an outage test relies on: a broker of its own that comes back as it was.</summary>
public sealed class DedicatedRabbitMqTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task A_restarted_broker_keeps_port_virtual_hosts_user_and_persistent_messages()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var broker = await infrastructure.StartDedicatedRabbitMqAsync(cancellationToken);
        var factory = new ConnectionFactory { Uri = new Uri(await broker.CreateVirtualHostAsync("outage", cancellationToken)) };
        await using (var connection = await factory.CreateConnectionAsync(cancellationToken))
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            await channel.QueueDeclareAsync("orders", durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
            await channel.BasicPublishAsync(
                string.Empty, "orders", mandatory: false, new BasicProperties { Persistent = true }, "sent before the outage"u8.ToArray(), cancellationToken);
        }

        await broker.StopAsync(cancellationToken);
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => factory.CreateConnectionAsync(cancellationToken));
        await broker.StartAsync(cancellationToken);

        await using var reconnected = await factory.CreateConnectionAsync(cancellationToken);
        await using var reconnectedChannel = await reconnected.CreateChannelAsync(cancellationToken: cancellationToken);
        Assert.Equal("sent before the outage", await Amqp.NextMessageAsync(reconnectedChannel, "orders", cancellationToken));
    }
}
