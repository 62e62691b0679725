using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.Topics.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Topics.Data;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> topic)
    {
        topic.ToTable("topics");
        topic.HasKey(t => t.Id);
        topic.Property(t => t.Id).ValueGeneratedNever();
        topic.Property(t => t.Title).HasMaxLength(Topic.TitleMaxLength);
        topic.Property(t => t.Description).HasMaxLength(Topic.DescriptionMaxLength);
        topic.Property(t => t.FocusArea).HasMaxLength(Topic.FocusAreaMaxLength);
        topic.Property(t => t.WhyItMatters).HasMaxLength(Topic.WhyItMattersMaxLength);
        topic.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        topic.Property(t => t.Version).IsConcurrencyToken();
        topic.HasOne<Cycle>().WithMany().HasForeignKey(t => t.CycleId).OnDelete(DeleteBehavior.Restrict);
        topic.HasOne<Topic>().WithMany().HasForeignKey(t => t.CarriedFromTopicId).OnDelete(DeleteBehavior.Restrict);

        // Listing is by title with id as tie-breaker (the keyset of the page token), within a cycle or across.
        topic.HasIndex(t => new { t.CycleId, t.Title, t.Id });
        topic.HasIndex(t => new { t.Title, t.Id });
        // A topic is carried into a given cycle at most once.
        topic.HasIndex(t => new { t.CarriedFromTopicId, t.CycleId }).IsUnique().HasFilter("carried_from_topic_id IS NOT NULL");

        // The targets are part of the topic (read, frozen and published together), so they are
        // one JSON document with it: numbers keep their exact decimal digits in jsonb.
        topic.OwnsMany(t => t.Targets, target =>
        {
            target.ToJson("targets");
            target.Property(t => t.MeasureType).HasConversion<string>();
            target.Property(t => t.Direction).HasConversion<string>();
            target.Ignore(t => t.Measure);
            target.OwnsMany(t => t.ScaleLabels);
            target.OwnsMany(t => t.RubricLevels);
            target.Navigation(t => t.ScaleLabels).UsePropertyAccessMode(PropertyAccessMode.Field);
            target.Navigation(t => t.RubricLevels).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        topic.Navigation(t => t.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
