using Consortium.ServiceDefaults.Auditing;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Submissions.Data;

/// <summary>
/// The Submissions service's own database: submissions and their immutable versions, the copies
/// of districts, cycles and topics learnt from events, the shared outbox/inbox tables and the audit store.
/// </summary>
public sealed class SubmissionsDbContext(DbContextOptions<SubmissionsDbContext> options) : DbContext(options)
{
    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<SubmissionVersion> SubmissionVersions => Set<SubmissionVersion>();

    public DbSet<KnownDistrict> Districts => Set<KnownDistrict>();

    public DbSet<KnownCycle> Cycles => Set<KnownCycle>();

    public DbSet<KnownTopic> Topics => Set<KnownTopic>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SubmissionsDbContext).Assembly);
        modelBuilder.AddServiceDefaultTables();
        modelBuilder.AddAuditStore();
    }
}
