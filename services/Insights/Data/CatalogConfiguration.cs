using Consortium.Insights.Data.ReadModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Insights.Data;

/// <summary>What Topics announced: cycles, topics and their targets.</summary>
internal sealed class CatalogConfiguration :
    IEntityTypeConfiguration<CycleRow>,
    IEntityTypeConfiguration<TopicRow>,
    IEntityTypeConfiguration<TargetRow>
{
    public void Configure(EntityTypeBuilder<CycleRow> cycle)
    {
        cycle.ToTable("cycles");
        cycle.HasRowVersion();
        cycle.HasKey(c => c.Id);
        cycle.Property(c => c.Id).ValueGeneratedNever();
        cycle.Property(c => c.SchoolYear).HasMaxLength(7);
        cycle.Property(c => c.Name).HasMaxLength(200);
        cycle.Ignore(c => c.HasDetails);
    }

    public void Configure(EntityTypeBuilder<TopicRow> topic)
    {
        topic.ToTable("topics");
        topic.HasRowVersion();
        topic.HasKey(t => t.Id);
        topic.Property(t => t.Id).ValueGeneratedNever();
        topic.Property(t => t.Title).HasMaxLength(300);
        topic.Property(t => t.FocusArea).HasMaxLength(200);
        topic.HasIndex(t => t.CycleId);
        topic.HasIndex(t => t.CarriedFromTopicId);
        topic.Ignore(t => t.IsPublished);
    }

    public void Configure(EntityTypeBuilder<TargetRow> target)
    {
        target.ToTable("targets");
        target.HasKey(t => t.Id);
        target.Property(t => t.Id).ValueGeneratedNever();
        target.Property(t => t.Code).HasMaxLength(64);
        target.Property(t => t.Name).HasMaxLength(300);
        target.Property(t => t.Unit).HasMaxLength(100);
        target.Property(t => t.Currency).HasMaxLength(3);
        target.Property(t => t.GoalValue).HasColumnType("numeric");
        target.Property(t => t.ScaleMin).HasColumnType("numeric");
        target.Property(t => t.ScaleMax).HasColumnType("numeric");
        target.HasIndex(t => t.TopicId);
        // Trends follow a target's code across cycles.
        target.HasIndex(t => t.Code);
        target.OwnsMany(t => t.RubricLevels, levels => levels.ToJson("rubric_levels"));
    }
}
