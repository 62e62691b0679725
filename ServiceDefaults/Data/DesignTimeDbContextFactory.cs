using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Consortium.ServiceDefaults.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's model without starting the service: the
/// same configuration as at run time (<see cref="DatabaseExtensions.Configure"/>), and a connection
/// string that is never opened. EF Core finds a concrete, non-generic factory in the service's
/// assembly, so each service declares a one-line subclass.
/// </summary>
public abstract class DesignTimeDbContextFactory<TDbContext> : IDesignTimeDbContextFactory<TDbContext>
    where TDbContext : DbContext
{
    public TDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDbContext>();
        DatabaseExtensions.Configure(options, "Host=localhost;Database=design-time");
        return (TDbContext)Activator.CreateInstance(typeof(TDbContext), options.Options)!;
    }
}
