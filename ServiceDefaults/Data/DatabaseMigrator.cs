using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consortium.ServiceDefaults.Data;

/// <summary>
/// Applies the service's EF Core migrations when it starts, before Kestrel accepts calls (hosted
/// services start first). The one named place where schemas change; EF Core takes a database
/// lock, so two instances starting together do not race.
/// </summary>
public sealed partial class DatabaseMigrator<TDbContext>(IServiceProvider services, ILogger<DatabaseMigrator<TDbContext>> logger) : IHostedService
    where TDbContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        // Creating the history table first spares a new database a logged (and harmless) failed
        // query; MigrateAsync then takes EF Core's migration lock and applies what is pending.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, typeof(TDbContext).Name, db.Database.GetMigrations().LastOrDefault() ?? "none");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{DbContext} schema is at migration {Migration}")]
    private static partial void LogMigrated(ILogger logger, string dbContext, string migration);
}
