using Consortium.Insights.Data.ReadModel;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Data;

/// <summary>
/// The Insights read model: everything learnt from other services' events (districts, profiles,
/// cycles, topics, targets, submissions, accepted values and their precomputed distributions,
/// pipeline aggregates), the cache moves owed by applied events, the API's own records (answered
/// groups, read audits), and the shared
/// outbox/inbox tables.
/// </summary>
public sealed class InsightsDbContext(DbContextOptions<InsightsDbContext> options) : DbContext(options)
{
    public DbSet<DistrictRow> Districts => Set<DistrictRow>();

    public DbSet<DistrictProfileRow> DistrictProfiles => Set<DistrictProfileRow>();

    public DbSet<CycleRow> Cycles => Set<CycleRow>();

    public DbSet<TopicRow> Topics => Set<TopicRow>();

    public DbSet<TargetRow> Targets => Set<TargetRow>();

    public DbSet<SubmissionRow> Submissions => Set<SubmissionRow>();

    public DbSet<ContributionRow> Contributions => Set<ContributionRow>();

    public DbSet<LeaderRow> Leaders => Set<LeaderRow>();

    public DbSet<LeaderReadinessRow> LeaderReadiness => Set<LeaderReadinessRow>();

    public DbSet<SuccessionCoverageRow> SuccessionCoverage => Set<SuccessionCoverageRow>();

    public DbSet<AnsweredGroupRow> AnsweredGroups => Set<AnsweredGroupRow>();

    public DbSet<AnsweredGroupSetRow> AnsweredGroupSets => Set<AnsweredGroupSetRow>();

    public DbSet<ReadAuditRow> ReadAudits => Set<ReadAuditRow>();

    public DbSet<BenchSnapshotRow> BenchSnapshots => Set<BenchSnapshotRow>();

    public DbSet<CacheMoveRow> CacheMoves => Set<CacheMoveRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InsightsDbContext).Assembly);
        modelBuilder.AddServiceDefaultTables();
    }
}
