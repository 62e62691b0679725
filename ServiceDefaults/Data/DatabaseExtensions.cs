using Consortium.ServiceDefaults.Health;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Consortium.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    // A service runs a few dozen query shapes; beyond this many the least used are unprepared.
    private const int AutoPreparedStatements = 64;

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

        // Pooled: a request resets and reuses a context instead of building a new one (ADR 30).
        builder.Services.AddDbContextPool<TDbContext>(options => Configure(options, connectionString));
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
            .UseNpgsql(WithPreparedStatements(connectionString), npgsql => npgsql
                .MigrationsHistoryTable("ef_migrations_history")
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(OutboxSignalInterceptor.Instance, NoSavepointsInterceptor.Instance)
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

    /// <summary>
    /// Npgsql prepares a statement on a connection once it has run it a few times, so PostgreSQL
    /// parses and plans each of our few query shapes once per connection instead of at every call
    /// (ADR 30). A connection string that sets its own number keeps it.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        return builder.ConnectionString;
    }
}
