using Consortium.Insights.Data.ReadModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Insights.Data;

/// <summary>Pipeline aggregates: leaders by id, readiness, succession coverage.</summary>
internal sealed class PipelineConfiguration :
    IEntityTypeConfiguration<LeaderRow>,
    IEntityTypeConfiguration<LeaderReadinessRow>,
    IEntityTypeConfiguration<SuccessionCoverageRow>
{
    public void Configure(EntityTypeBuilder<LeaderRow> leader)
    {
        leader.ToTable("pipeline_leaders");
        leader.HasRowVersion();
        leader.HasKey(l => l.LeaderId);
        leader.Property(l => l.LeaderId).ValueGeneratedNever();
        leader.Property(l => l.RoleCode).HasMaxLength(64);
        leader.HasIndex(l => new { l.DistrictId, l.Active });
    }

    public void Configure(EntityTypeBuilder<LeaderReadinessRow> readiness)
    {
        readiness.ToTable("pipeline_readiness");
        readiness.HasRowVersion();
        readiness.HasKey(r => new { r.LeaderId, r.TargetRoleCode });
        readiness.Property(r => r.TargetRoleCode).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<SuccessionCoverageRow> coverage)
    {
        coverage.ToTable("succession_coverage");
        coverage.HasRowVersion();
        coverage.HasKey(c => c.DistrictId);
        coverage.Property(c => c.DistrictId).ValueGeneratedNever();
    }
}
