using System.Text.RegularExpressions;
using Consortium.Hosting.Servers;
using RabbitMQ.Client;

namespace Consortium.Hosting.Tests;

public sealed class LocalRabbitMqTests
{
    [Fact]
    public async Task A_throwaway_broker_carries_messages_then_leaves_no_process_and_no_folder()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var broker = await LocalRabbitMq.StartAsync(new LocalServerOptions(TemporaryFolders.Create()), cancellationToken: cancellationToken);
        var folder = broker.DataDirectory;
        var portMapper = $"-port {broker.EpmdPort} ";
        Assert.Matches(new Regex(@"^amqp://consortium:[0-9a-f]{32}@127\.0\.0\.1:\d+$"), broker.ConnectionString);

        var uri = await broker.CreateVirtualHostAsync("orders", cancellationToken);
        await using (var connection = await new ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync(cancellationToken))
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            var queue = await channel.QueueDeclareAsync(cancellationToken: cancellationToken);
            await channel.BasicPublishAsync(string.Empty, queue.QueueName, "hello"u8.ToArray(), cancellationToken);
            Assert.Equal("hello", await Amqp.NextMessageAsync(channel, queue.QueueName, cancellationToken));
        }

        Assert.NotEmpty(RunningProcesses.WithCommandLineContaining(folder));
        Assert.NotEmpty(RunningProcesses.WithCommandLineContaining(portMapper));

        await broker.DisposeAsync();

        Assert.Empty(RunningProcesses.WithCommandLineContaining(folder));
        Assert.Empty(RunningProcesses.WithCommandLineContaining(portMapper));
        Assert.False(Directory.Exists(folder));
    }
}
