using Consortium.ServiceDefaults.Outages;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Consortium.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>The connection name every service uses for RabbitMQ (an Aspire-style resource name).</summary>
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit over RabbitMQ from <c>ConnectionStrings:messaging</c> (<c>amqp://user:pass@host:port/vhost</c>),
    /// the outbox dispatcher and housekeeping for <typeparamref name="TDbContext"/>, and the
    /// service's consumers. Queues are named <c>&lt;service&gt;-&lt;consumer&gt;</c>, so every service
    /// gets its own copy of each event it listens to. Failed messages are retried, then moved to
    /// the queue's <c>_error</c> queue where an operator can see them; none is acknowledged away.
    /// </summary>
    public static IHostApplicationBuilder AddServiceMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not configured.");
        var broker = RabbitMqAddress.Parse(connectionString);

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName);
        builder.Services.AddOptions<ConsumerRetryOptions>().BindConfiguration(ConsumerRetryOptions.SectionName);
        builder.Services.TryAddTimeProvider();
        builder.Services.AddConsortiumOutageLog();
        builder.Services.AddHostedService<OutboxDispatcher<TDbContext>>();
        builder.Services.AddHostedService<MessagingHousekeeping<TDbContext>>();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            // The service can still take writes while the broker is down (the outbox holds the events).
            bus.ConfigureHealthCheckOptions(health => health.MinimalFailureStatus = HealthStatus.Degraded);
            // MassTransit reports its usage to an outside host by default; a platform whose promise is
            // confidentiality sends nothing anywhere unasked.
            bus.DisableUsageTelemetry();
            addConsumers?.Invoke(bus);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    host.PublisherConfirmation = true;
                });
                // Back within about 2 s of the broker's return, not MassTransit's up-to-30 s back-off.
                BrokerReconnect.Apply(rabbit, BrokerReconnect.DefaultInterval);
                var retries = context.GetRequiredService<IOptions<ConsumerRetryOptions>>().Value;
                rabbit.UseMessageRetry(retry => retry.Exponential(retries.Limit, retries.MinInterval, retries.MaxInterval, retries.IntervalDelta));
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            // Start even when the broker is down; MassTransit keeps reconnecting.
            options.WaitUntilStarted = false;
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });
        return builder;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
