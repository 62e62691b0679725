using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>A minimal service database: one table of effects, plus the shared messaging tables.</summary>
public sealed class InboxTestDbContext(DbContextOptions<InboxTestDbContext> options) : DbContext(options)
{
    public DbSet<AppliedEvent> AppliedEvents => Set<AppliedEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AppliedEvent>().HasKey(e => e.Id);
        modelBuilder.AddServiceDefaultTables();
    }
}

/// <summary>One application of an event: the effect whose count must stay at one.</summary>
public sealed class AppliedEvent
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }
}
