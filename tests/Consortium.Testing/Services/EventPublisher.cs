using Consortium.Contracts.Events;
using MassTransit;

namespace Consortium.Testing.Services;

/// <summary>
/// Publishes contract events into the service's virtual host the way Districts and Topics
/// would (same exchanges, same message types), to feed the service's local copies.
/// </summary>
public sealed class EventPublisher : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private EventPublisher(IBusControl bus) => _bus = bus;

    public static async Task<EventPublisher> StartAsync(string amqpConnectionString)
    {
        var address = new Uri(amqpConnectionString);
        var credentials = address.UserInfo.Split(':', 2);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            var virtualHost = Uri.UnescapeDataString(address.AbsolutePath.TrimStart('/'));
            rabbit.Host(address.Host, (ushort)address.Port, virtualHost.Length == 0 ? "/" : virtualHost, host =>
            {
                host.Username(Uri.UnescapeDataString(credentials[0]));
                host.Password(Uri.UnescapeDataString(credentials[1]));
                host.PublisherConfirmation = true;
            });
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        return new EventPublisher(bus);
    }

    public Task PublishAsync<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent =>
        _bus.Publish(integrationEvent);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
