using Microsoft.EntityFrameworkCore;
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
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, typeof(TDbContext).Name, pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating {DbContext}: applying {Count} migration(s): {Migrations}")]
    private static partial void LogMigrating(ILogger logger, string dbContext, int count, string migrations);
}
