using Consortium.Pipeline.Domain;
using Consortium.ServiceDefaults.Auditing;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Pipeline.Data;

/// <summary>The Pipeline service's own database: leaders, roles, competencies, development activities, critical roles, coverage, the shared outbox/inbox tables and the audit store.</summary>
public sealed class PipelineDbContext(DbContextOptions<PipelineDbContext> options) : DbContext(options)
{
    public DbSet<Leader> Leaders => Set<Leader>();

    public DbSet<LeaderRole> Roles => Set<LeaderRole>();

    public DbSet<MemberDistrict> MemberDistricts => Set<MemberDistrict>();

    public DbSet<Competency> Competencies => Set<Competency>();

    public DbSet<CriticalRole> CriticalRoles => Set<CriticalRole>();

    public DbSet<DistrictSuccession> DistrictSuccessions => Set<DistrictSuccession>();

    public DbSet<DevelopmentActivity> DevelopmentActivities => Set<DevelopmentActivity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PipelineDbContext).Assembly);
        modelBuilder.AddServiceDefaultTables();
        modelBuilder.AddAuditStore();
    }
}
