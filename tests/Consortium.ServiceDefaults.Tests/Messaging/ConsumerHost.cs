using Consortium.ServiceDefaults.Data;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A minimal service for messaging tests: its own database and virtual host, the messaging
/// defaults every service gets, and one consumer. Deliveries are counted, duplicates included.
/// </summary>
internal sealed class ConsumerHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ConsumerHost(IHost host, string messagingConnectionString)
    {
        _host = host;
        MessagingConnectionString = messagingConnectionString;
    }

    public IServiceProvider Services => _host.Services;

    public string MessagingConnectionString { get; }

    public DeliveryCounter Deliveries => Services.GetRequiredService<DeliveryCounter>();

    public static async Task<ConsumerHost> StartAsync<TConsumer>(
        TestInfrastructure servers,
        string name,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IRegistrationContext, IConsumerConfigurator<TConsumer>>? configure = null)
        where TConsumer : class, IConsumer
    {
        var database = await servers.CreateDatabaseAsync(name);
        var messaging = await servers.CreateVirtualHostAsync(name);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = messaging;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddDbContext<InboxTestDbContext>(options => DatabaseExtensions.Configure(options, database));
        builder.Services.AddSingleton<DeliveryCounter>();
        builder.Services.AddSingleton<BatchLog>();
        builder.AddServiceMessaging<InboxTestDbContext>(name, bus => bus.AddConsumer(configure));

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InboxTestDbContext>().Database.EnsureCreatedAsync();
        }

        var bus = host.Services.GetRequiredService<IBusControl>();
        bus.ConnectConsumeObserver(host.Services.GetRequiredService<DeliveryCounter>());
        await host.StartAsync();
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        return new ConsumerHost(host, messaging);
    }

    public async Task<int> CountAsync<TEntity>(Func<IQueryable<TEntity>, IQueryable<TEntity>> filter)
        where TEntity : class
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InboxTestDbContext>();
        return filter(db.Set<TEntity>()).Count();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
