extern alias insights;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Security;
using Consortium.Hosting;
using Consortium.Testing;
using Consortium.Testing.Services;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StackExchange.Redis;
using InsightsProgram = insights::Program;

namespace Consortium.LoadGenerator;

/// <summary>
/// The Insights service hosted in this process exactly as the integration tests host it (its own
/// database, virtual host and key prefix on the private servers), a publisher that plays
/// Districts, Topics and Submissions, and direct access to its database and cache for the
/// measurements that need to look underneath the API.
/// </summary>
public sealed class InsightsUnderLoad : IAsyncDisposable
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(4);

    private readonly NpgsqlDataSource _database;

    private InsightsUnderLoad(ServiceUnderTest<InsightsProgram> service, EventPublisher publisher)
    {
        Service = service;
        Publisher = publisher;
        _database = NpgsqlDataSource.Create(service.Environment.DatabaseConnectionString);
    }

    public ServiceUnderTest<InsightsProgram> Service { get; }

    public EventPublisher Publisher { get; }

    public static async Task<InsightsUnderLoad> StartAsync(TestInfrastructure servers)
    {
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.InsightsDb);
        var service = new ServiceUnderTest<InsightsProgram>(environment, new Dictionary<string, string?>
        {
            // Request logging at Information would cost more than some of the requests measured.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
        });
        // Consumers' queues must be bound before anything is published, or the first events are lost.
        await service.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return new InsightsUnderLoad(service, await EventPublisher.StartAsync(environment.MessagingConnectionString));
    }

    public InsightsService.InsightsServiceClient Staff() =>
        new(Service.Channel(Service.Tokens.Issue("load-staff", Roles.ConsortiumStaff, lifetime: TokenLifetime)));

    public InsightsService.InsightsServiceClient LeadOf(Guid districtId) =>
        new(Service.Channel(Service.Tokens.Issue($"load-lead-{districtId}", Roles.DistrictLead, districtId, lifetime: TokenLifetime)));

    /// <summary>One number from the read model, by SQL on the agreed schema (docs in helpers' insights-schema).</summary>
    public async Task<long> CountAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var command = _database.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Drops every cached answer in Redis and moves every generation counter on, which also makes
    /// the service's in-process prepared answers unreachable: the next request computes from the
    /// database, as after a change to the read model.
    /// </summary>
    public async Task FlushAnswerCacheAsync()
    {
        var redis = Service.Services.GetRequiredService<IConnectionMultiplexer>();
        var answers = await KeysAsync(redis, $"{Service.Environment.RedisKeyPrefix}answers:*");
        if (answers.Count > 0)
        {
            await redis.GetDatabase().KeyDeleteAsync([.. answers]);
        }

        // A target's change log (gen:target:{id}:changes) is not a counter. Left as it is, it lacks an
        // entry for the moved generation, so a reader cannot catch up from it and reads the target whole.
        foreach (var generation in (await KeysAsync(redis, $"{Service.Environment.RedisKeyPrefix}gen:*")).Where(key => !key.ToString().EndsWith(":changes", StringComparison.Ordinal)))
        {
            await redis.GetDatabase().StringIncrementAsync(generation);
        }
    }

    private static async Task<List<RedisKey>> KeysAsync(IConnectionMultiplexer redis, string pattern)
    {
        var keys = new List<RedisKey>();
        foreach (var endpoint in redis.GetEndPoints())
        {
            await foreach (var key in redis.GetServer(endpoint).KeysAsync(pattern: pattern, pageSize: 1_000))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    public async ValueTask DisposeAsync()
    {
        await Publisher.DisposeAsync();
        await _database.DisposeAsync();
        await Service.DisposeAsync();
    }
}
