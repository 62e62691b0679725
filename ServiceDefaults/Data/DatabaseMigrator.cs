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
        // MigrateAsync checks the history table exists before reading it, so a first start logs no
        // spurious failed query, and it takes EF Core's migration lock.
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, typeof(TDbContext).Name, db.Database.GetMigrations().LastOrDefault() ?? "none");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{DbContext} schema is at migration {Migration}")]
    private static partial void LogMigrated(ILogger logger, string dbContext, string migration);
}
