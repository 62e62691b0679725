using Consortium.ServiceDefaults.Health;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consortium.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database from <c>ConnectionStrings:&lt;connectionName&gt;</c>:
    /// a pooled DbContext with snake_case names, a readiness check, and migrations applied at
    /// start-up by <see cref="DatabaseMigrator{TDbContext}"/> before the service takes traffic.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");

        builder.Services.AddDbContext<TDbContext>(options => Configure(options, connectionString));
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<TDbContext>("postgres", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    /// <summary>The one way a DbContext of ours talks to PostgreSQL (used at run time and design time).</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            // One query per LINQ query, said once: it reads one snapshot, and our included collections
            // are small (EF Core otherwise warns at every query that loads two of them).
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("ef_migrations_history")
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(OutboxSignalInterceptor.Instance)
            // EF Core logs every failed connection, command and save as an error with a stack trace,
            // before the exception reaches anyone who knows what it means. The exception still
            // propagates: an outage is logged once (OutageLog), an expected conflict in one line
            // (InboxConsumer, ErrorMappingInterceptor), anything else by the host as an error.
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug)));
}
