using Consortium.Testing;
using Npgsql;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace Consortium.Hosting.Tests;

/// <summary>The assembly's shared servers answer, and each test gets state no other test sees.</summary>
public sealed class SharedServersTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task Each_database_is_new_and_answers_queries()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var first = await infrastructure.CreateDatabaseAsync("orders", cancellationToken);
        var second = await infrastructure.CreateDatabaseAsync("orders", cancellationToken);

        Assert.NotEqual(first, second);
        await using var connection = new NpgsqlConnection(first);
        await connection.OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand("SELECT current_database()", connection);
        var name = (string?)await query.ExecuteScalarAsync(cancellationToken);
        Assert.Equal(new NpgsqlConnectionStringBuilder(first).Database, name);
        Assert.StartsWith("orders_", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_virtual_host_carries_messages_for_our_user()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var uri = await infrastructure.CreateVirtualHostAsync("events", cancellationToken);

        await using var connection = await new ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var queue = await channel.QueueDeclareAsync(cancellationToken: cancellationToken);
        await channel.BasicPublishAsync(string.Empty, queue.QueueName, "hello"u8.ToArray(), cancellationToken);

        Assert.Equal("hello", await Amqp.NextMessageAsync(channel, queue.QueueName, cancellationToken));
        Assert.Contains("/events_", uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redis_answers_and_key_prefixes_do_not_repeat()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(infrastructure.RedisConnectionString);
        var database = redis.GetDatabase();
        var prefix = infrastructure.NewKeyPrefix("cache");

        await database.PingAsync();
        await database.StringSetAsync(prefix + "greeting", "hello");

        Assert.Equal("hello", (string?)await database.StringGetAsync(prefix + "greeting"));
        Assert.NotEqual(prefix, infrastructure.NewKeyPrefix("cache"));
    }
}
