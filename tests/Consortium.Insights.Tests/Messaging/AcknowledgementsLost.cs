using System.Collections.Concurrent;
using Consortium.Contracts.Events;
using MassTransit;
using MassTransit.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Insights.Tests.Messaging;

/// <summary>
/// A fault for the tests to inject: for an event they name, the consumer's work commits and then
/// an exception reaches MassTransit, as when a consume is cancelled because the broker connection
/// dropped, or the process dies, after the server committed. The event is delivered again and its
/// inbox record says it was applied. Inert for every event not named.
/// </summary>
public sealed class AcknowledgementsLost
{
    private readonly ConcurrentDictionary<Guid, byte> _armed = new();
    private readonly ConcurrentDictionary<Guid, byte> _injected = new();

    /// <summary>The next application of <paramref name="eventId"/> commits and then fails.</summary>
    public void After(Guid eventId) => _armed[eventId] = 0;

    /// <summary>Whether an application of <paramref name="eventId"/> failed after its work, as asked.</summary>
    public bool WasInjected(Guid eventId) => _injected.ContainsKey(eventId);

    // Whether the application of the event is to fail now (once).
    private bool Take(Guid eventId) => _armed.TryRemove(eventId, out _) && _injected.TryAdd(eventId, 0);

    /// <summary>
    /// Registers the fault next to every consumer (inside the service's own filters, which run on the
    /// endpoint before the consumer's scope is entered).
    /// </summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<AcknowledgementsLost>();
        services.AddSingleton<IConfigureReceiveEndpoint>(provider => new ConfigureReceiveEndpointDelegateProvider(
            provider.GetRequiredService<IBusRegistrationContext>(),
            (_, _, endpoint) => endpoint.ConnectConsumerConfigurationObserver(new NextToConsumers(provider.GetRequiredService<AcknowledgementsLost>()))));
    }

    private sealed class NextToConsumers(AcknowledgementsLost faults) : IConsumerConfigurationObserver
    {
        public void ConsumerConfigured<TConsumer>(IConsumerConfigurator<TConsumer> configurator)
            where TConsumer : class
        {
        }

        public void ConsumerMessageConfigured<TConsumer, TMessage>(IConsumerMessageConfigurator<TConsumer, TMessage> configurator)
            where TConsumer : class
            where TMessage : class => configurator.UseFilter(new Filter<TConsumer, TMessage>(faults));
    }

    private sealed class Filter<TConsumer, TMessage>(AcknowledgementsLost faults) : IFilter<ConsumerConsumeContext<TConsumer, TMessage>>
        where TConsumer : class
        where TMessage : class
    {
        public async Task Send(ConsumerConsumeContext<TConsumer, TMessage> context, IPipe<ConsumerConsumeContext<TConsumer, TMessage>> next)
        {
            await next.Send(context);
            if (context.Message is IntegrationEvent integrationEvent && faults.Take(integrationEvent.EventId))
            {
                throw new OperationCanceledException("Injected by the test: the consume was cancelled after its commit.");
            }
        }

        public void Probe(ProbeContext context) => context.CreateFilterScope("acknowledgementsLost");
    }
}
