using System.Globalization;
using Testcontainers.RabbitMq;

namespace Consortium.Testing;

/// <summary>A RabbitMQ container; serves as the shared broker and as a dedicated one.</summary>
internal sealed class ContainerRabbitMq : IDedicatedRabbitMq
{
    private const string Image = "rabbitmq:3.10-management-alpine";
    private const string UserName = "consortium";
    private const string Password = "consortium";
    private const int AmqpPort = 5672;

    private readonly RabbitMqContainer _container;

    private ContainerRabbitMq(RabbitMqContainer container) => _container = container;

    public string ConnectionString => _container.GetConnectionString().TrimEnd('/');

    /// <param name="hostPort">A fixed host port (kept across restarts), or null for a random one.</param>
    public static ContainerRabbitMq Create(int? hostPort = null)
    {
        var builder = new RabbitMqBuilder(Image).WithUsername(UserName).WithPassword(Password);
        if (hostPort is { } port)
        {
            builder = builder.WithPortBinding(port, AmqpPort);
        }

        return new ContainerRabbitMq(builder.Build());
    }

    public Task StartAsync(CancellationToken cancellationToken = default) => _container.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => _container.StopAsync(cancellationToken);

    public Task<string> CreateVirtualHostAsync(string prefix, CancellationToken cancellationToken = default) =>
        CreateNamedVirtualHostAsync(UniqueNames.For(prefix), cancellationToken);

    /// <summary>Creates a virtual host with exactly this name.</summary>
    public async Task<string> CreateNamedVirtualHostAsync(string name, CancellationToken cancellationToken)
    {
        await RabbitMqCtlAsync(["add_vhost", name], cancellationToken);
        await RabbitMqCtlAsync(["set_permissions", "-p", name, UserName, ".*", ".*", ".*"], cancellationToken);
        return $"{ConnectionString}/{Uri.EscapeDataString(name)}";
    }

    public ValueTask DisposeAsync() => _container.DisposeAsync();

    private async Task RabbitMqCtlAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var result = await _container.ExecAsync(["rabbitmqctl", .. arguments], cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"rabbitmqctl {string.Join(' ', arguments)} exited with code {result.ExitCode}: {result.Stderr}"));
        }
    }
}
