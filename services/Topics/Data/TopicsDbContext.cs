using Consortium.ServiceDefaults.Messaging;
using Consortium.Topics.Domain;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Topics.Data;

/// <summary>The Topics service's own database: cycles, topics with their targets, and the shared outbox/inbox tables.</summary>
public sealed class TopicsDbContext(DbContextOptions<TopicsDbContext> options) : DbContext(options)
{
    public DbSet<Cycle> Cycles => Set<Cycle>();

    public DbSet<Topic> Topics => Set<Topic>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TopicsDbContext).Assembly);
        modelBuilder.AddServiceDefaultTables();
    }
}
