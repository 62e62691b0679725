using Consortium.Insights.Data.ReadModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Insights.Data;

/// <summary>What the API itself records: answered groups (differencing guard), read audits and published bench figures.</summary>
internal sealed class ApiRecordsConfiguration :
    IEntityTypeConfiguration<AnsweredGroupRow>,
    IEntityTypeConfiguration<AnsweredGroupSetRow>,
    IEntityTypeConfiguration<ReadAuditRow>,
    IEntityTypeConfiguration<BenchSnapshotRow>
{
    public void Configure(EntityTypeBuilder<AnsweredGroupRow> group)
    {
        group.ToTable("answered_groups");
        group.HasKey(g => new { g.ViewerKey, g.CycleId, g.TargetId, g.GroupKey });
        group.Property(g => g.ViewerKey).HasMaxLength(200);
        group.Property(g => g.GroupKey).HasMaxLength(64);

        // Rows from before known members were recorded have none: the stricter reading.
        group.Property(g => g.Known).HasDefaultValueSql("'{}'::uuid[]");
        group.Property(g => g.SetKey).HasMaxLength(64);
        group.HasOne<AnsweredGroupSetRow>().WithMany().HasForeignKey(g => g.SetKey).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AnsweredGroupSetRow> set)
    {
        set.ToTable("answered_group_sets");
        set.HasKey(s => s.SetKey);
        set.Property(s => s.SetKey).HasMaxLength(64);
        set.Property(s => s.BaseKey).HasMaxLength(64);
        set.HasOne<AnsweredGroupSetRow>().WithMany().HasForeignKey(s => s.BaseKey).OnDelete(DeleteBehavior.Restrict);

        // Sets stored before changes were: whole, no change lists.
        set.Property(s => s.MembersAdded).HasDefaultValueSql("'{}'::uuid[]");
        set.Property(s => s.MembersRemoved).HasDefaultValueSql("'{}'::uuid[]");
        set.Property(s => s.ShownAdded).HasDefaultValueSql("'{}'::uuid[]");
        set.Property(s => s.ShownRemoved).HasDefaultValueSql("'{}'::uuid[]");
    }

    public void Configure(EntityTypeBuilder<ReadAuditRow> audit)
    {
        audit.ToTable("read_audits");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Id).ValueGeneratedNever();
        audit.Property(a => a.Subject).HasMaxLength(200);
        audit.Property(a => a.CallerRole).HasMaxLength(50);
        audit.Property(a => a.Operation).HasMaxLength(100);
        audit.Property(a => a.TraceId).HasMaxLength(32);
        audit.HasIndex(a => a.OccurredAt);
    }

    public void Configure(EntityTypeBuilder<BenchSnapshotRow> snapshot)
    {
        snapshot.ToTable("bench_snapshots");
        snapshot.HasKey(s => s.Id);
        snapshot.Property(s => s.Id).ValueGeneratedNever();
    }
}
