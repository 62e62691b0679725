using System.Collections.Concurrent;
using System.Data.Common;
using Consortium.Contracts.Events;
using Consortium.Insights.Data;
using MassTransit;
using MassTransit.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Insights.Tests.Messaging;

/// <summary>
/// A fault for the tests to inject: for an event they name, the consumer's transaction commits on
/// the server and then the commit reports an error, as when the connection drops during COMMIT or
/// the consume is cancelled because the broker connection dropped. What was to follow the commit
/// (the cache moves) is not done, the event is delivered again, and its inbox record says it was
/// applied. Inert for every event not named.
/// </summary>
public sealed class AcknowledgementsLost
{
    // The events of the consume this flow is in (set next to the consumer, read at its commit).
    private static readonly AsyncLocal<Guid[]?> s_consuming = new();
    private readonly ConcurrentDictionary<Guid, byte> _armed = new();
    private readonly ConcurrentDictionary<Guid, byte> _injected = new();

    /// <summary>The next application of <paramref name="eventId"/> commits and then fails.</summary>
    public void After(Guid eventId) => _armed[eventId] = 0;

    /// <summary>Whether an application of <paramref name="eventId"/> failed after its commit, as asked.</summary>
    public bool WasInjected(Guid eventId) => _injected.ContainsKey(eventId);

    // Whether the application of the event is to fail now (once).
    private bool Take(Guid eventId) => _armed.TryRemove(eventId, out _) && _injected.TryAdd(eventId, 0);

    /// <summary>Registers the fault next to every consumer and at the Insights database's commits.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<AcknowledgementsLost>();
        services.AddSingleton<IConfigureReceiveEndpoint>(provider => new ConfigureReceiveEndpointDelegateProvider(
            provider.GetRequiredService<IBusRegistrationContext>(),
            (_, _, endpoint) => endpoint.ConnectConsumerConfigurationObserver(new NextToConsumers())));
        services.ConfigureDbContext<InsightsDbContext>((provider, options) =>
            options.AddInterceptors(new FailAfterCommit(provider.GetRequiredService<AcknowledgementsLost>())));
    }

    private sealed class NextToConsumers : IConsumerConfigurationObserver
    {
        public void ConsumerConfigured<TConsumer>(IConsumerConfigurator<TConsumer> configurator)
            where TConsumer : class
        {
        }

        public void ConsumerMessageConfigured<TConsumer, TMessage>(IConsumerMessageConfigurator<TConsumer, TMessage> configurator)
            where TConsumer : class
            where TMessage : class => configurator.UseFilter(new Consuming<TConsumer, TMessage>());
    }

    // Names the events being consumed (one, or a batch's) for the commit that applies them.
    private sealed class Consuming<TConsumer, TMessage> : IFilter<ConsumerConsumeContext<TConsumer, TMessage>>
        where TConsumer : class
        where TMessage : class
    {
        public async Task Send(ConsumerConsumeContext<TConsumer, TMessage> context, IPipe<ConsumerConsumeContext<TConsumer, TMessage>> next)
        {
            s_consuming.Value = context.Message switch
            {
                IntegrationEvent one => [one.EventId],
                IEnumerable<ConsumeContext<IntegrationEvent>> batch => [.. batch.Select(consumed => consumed.Message.EventId)],
                _ => null,
            };
            try
            {
                await next.Send(context);
            }
            finally
            {
                s_consuming.Value = null;
            }
        }

        public void Probe(ProbeContext context) => context.CreateFilterScope("acknowledgementsLost");
    }

    private sealed class FailAfterCommit(AcknowledgementsLost faults) : DbTransactionInterceptor
    {
        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
            s_consuming.Value is { } events && events.Any(faults.Take)
                ? throw new OperationCanceledException("Injected by the test: the commit succeeded on the server, and its caller saw an error.")
                : Task.CompletedTask;
    }
}
