using Consortium.Pipeline.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Pipeline.Data;

internal sealed class DevelopmentActivityConfiguration : IEntityTypeConfiguration<DevelopmentActivity>
{
    public void Configure(EntityTypeBuilder<DevelopmentActivity> activity)
    {
        activity.ToTable("development_activities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).ValueGeneratedNever();
        activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        activity.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        activity.Property(a => a.Title).HasMaxLength(DevelopmentActivity.TitleMaxLength);
        activity.Property(a => a.Provider).HasMaxLength(DevelopmentActivity.ProviderMaxLength);
        activity.Property(a => a.Hours).HasPrecision(6, 2);
        // A text[] column: read and written whole with the activity, never queried by element.
        activity.PrimitiveCollection(a => a.CompetencyCodes).HasField("_competencyCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        activity.Property(a => a.Version).IsConcurrencyToken();
        // Activities follow the leader (moves change the leader's district, not the activity).
        activity.HasOne<Leader>().WithMany().HasForeignKey(a => a.LeaderId).OnDelete(DeleteBehavior.Restrict);
        // A leader's list, in start order with id as tie-breaker (the keyset of the page token).
        activity.HasIndex(a => new { a.LeaderId, a.StartOn, a.Id });
        activity.Ignore(a => a.Subject);

        activity.OwnsMany(a => a.StatusHistory, history =>
        {
            history.ToTable("development_status_changes");
            history.WithOwner().HasForeignKey("activity_id");
            history.HasKey(change => change.Id);
            history.Property(change => change.Id).ValueGeneratedNever();
            history.Property(change => change.From).HasColumnName("from_status").HasConversion<string>().HasMaxLength(20);
            history.Property(change => change.To).HasColumnName("to_status").HasConversion<string>().HasMaxLength(20);
            history.Property(change => change.Reason).HasMaxLength(DevelopmentActivity.ReasonMaxLength);
            history.Property(change => change.ChangedBy).HasMaxLength(Leader.SubjectMaxLength);
        });
        activity.Navigation(a => a.StatusHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
