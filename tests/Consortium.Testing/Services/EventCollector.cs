using System.Collections.Concurrent;
using System.Diagnostics;
using Consortium.Contracts.Events;
using Consortium.ServiceDefaults.Messaging;
using MassTransit;

namespace Consortium.Testing.Services;

/// <summary>
/// Listens on a virtual host like a consuming service would (its own queue bound to the event
/// types) and records every delivery, duplicates included, with the trace it arrived in.
/// </summary>
public sealed class EventCollector : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<Delivery> _deliveries = new();

    private EventCollector(IBusControl bus) => _bus = bus;

    public IReadOnlyCollection<Delivery> Deliveries => _deliveries;

    public IEnumerable<TEvent> Received<TEvent>() where TEvent : IntegrationEvent =>
        _deliveries.Select(delivery => delivery.Event).OfType<TEvent>();

    public static async Task<EventCollector> StartAsync(string amqpConnectionString, params Type[] eventTypes)
    {
        var address = new Uri(amqpConnectionString);
        var credentials = address.UserInfo.Split(':', 2);
        var collector = default(EventCollector);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            var virtualHost = Uri.UnescapeDataString(address.AbsolutePath.TrimStart('/'));
            rabbit.Host(address.Host, (ushort)address.Port, virtualHost.Length == 0 ? "/" : virtualHost, host =>
            {
                host.Username(Uri.UnescapeDataString(credentials[0]));
                host.Password(Uri.UnescapeDataString(credentials[1]));
            });
            // Reconnects as the services do, so a test measures the platform's reconnect, not a slower collector's.
            BrokerReconnect.Apply(rabbit, BrokerReconnect.DefaultInterval);
            rabbit.ReceiveEndpoint($"test-collector-{Guid.NewGuid():N}", endpoint =>
            {
                // Durable, so events published while the collector reconnects after a broker restart wait for it.
                endpoint.Durable = true;
                endpoint.AutoDelete = false;
                foreach (var eventType in eventTypes)
                {
                    typeof(EventCollector).GetMethod(nameof(AddHandler), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                        .MakeGenericMethod(eventType)
                        .Invoke(null, [endpoint, (Action<Delivery>)(delivery => collector!._deliveries.Enqueue(delivery))]);
                }
            });
        });
        collector = new EventCollector(bus);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        return collector;
    }

    /// <summary>Waits until <paramref name="condition"/> holds over what has arrived, or fails after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<EventCollector, bool> condition, TimeSpan timeout, string description)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition(this))
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for: {description}. Received {_deliveries.Count} event(s): "
                    + string.Join(", ", _deliveries.Select(d => d.Event.GetType().Name)));
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private static void AddHandler<TEvent>(IRabbitMqReceiveEndpointConfigurator endpoint, Action<Delivery> record)
        where TEvent : IntegrationEvent =>
        endpoint.Handler<TEvent>(context =>
        {
            record(new Delivery(context.Message, context.MessageId, Activity.Current?.TraceId));
            return Task.CompletedTask;
        });

    /// <summary>One delivery: the event, the broker message id, and the trace it was consumed in.</summary>
    public sealed record Delivery(IntegrationEvent Event, Guid? MessageId, ActivityTraceId? TraceId);
}
