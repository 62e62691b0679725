using Consortium.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Submissions.Data;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> submission)
    {
        submission.ToTable("submissions");
        submission.HasKey(s => s.Id);
        submission.Property(s => s.Id).ValueGeneratedNever();
        submission.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        submission.Property(s => s.Visibility).HasConversion<string>().HasMaxLength(20);
        submission.Property(s => s.Content).HasJsonConversion();
        submission.Property(s => s.Values).HasJsonConversion();
        submission.Property(s => s.ReviewerComments).HasMaxLength(Submission.ReviewerCommentsMaxLength);
        submission.Property(s => s.CreatedBy).HasMaxLength(200);
        // Every change bumps Version in the domain; a concurrent writer's UPDATE then matches no row.
        submission.Property(s => s.Version).IsConcurrencyToken();

        // One active submission per district, topic and kind (the topic fixes the cycle): two
        // drafts of the same thing would split the district's answer. Withdrawn ones step aside.
        submission.HasIndex(s => new { s.DistrictId, s.CycleId, s.TopicId, s.Kind })
            .IsUnique()
            .HasFilter("status <> 'Withdrawn'")
            .HasDatabaseName("ux_submissions_one_active_per_district_topic_kind");
        submission.HasIndex(s => new { s.TopicId, s.Status });
        submission.HasIndex(s => new { s.CycleId, s.Status });
    }
}
