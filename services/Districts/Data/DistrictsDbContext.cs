using Consortium.Districts.Domain;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Districts.Data;

/// <summary>The Districts service's own database: districts, their context profiles, and the shared outbox/inbox tables.</summary>
public sealed class DistrictsDbContext(DbContextOptions<DistrictsDbContext> options) : DbContext(options)
{
    public DbSet<District> Districts => Set<District>();

    public DbSet<ContextProfile> ContextProfiles => Set<ContextProfile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DistrictsDbContext).Assembly);
        modelBuilder.AddServiceDefaultTables();
    }
}
