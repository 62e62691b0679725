using Consortium.Insights.Data.ReadModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Insights.Data;

/// <summary>Submissions and the accepted values that count (whose (target_id, value) index is each target's distribution).</summary>
internal sealed class SubmissionConfiguration :
    IEntityTypeConfiguration<SubmissionRow>,
    IEntityTypeConfiguration<ContributionRow>
{
    public void Configure(EntityTypeBuilder<SubmissionRow> submission)
    {
        submission.ToTable("submissions");
        submission.HasRowVersion();
        submission.HasKey(s => s.Id);
        submission.Property(s => s.Id).ValueGeneratedNever();
        submission.Property(s => s.Title).HasMaxLength(300);
        submission.Property(s => s.ContactName).HasMaxLength(200);
        submission.Property(s => s.ContactEmail).HasMaxLength(320);
        // Deliberately not unique: a district may hold several submissions for a topic (one per kind, withdrawn ones).
        submission.HasIndex(s => new { s.DistrictId, s.CycleId, s.TopicId });
        submission.HasIndex(s => new { s.TopicId, s.Status });
        submission.OwnsMany(s => s.Values, values => values.ToJson("values"));
    }

    public void Configure(EntityTypeBuilder<ContributionRow> contribution)
    {
        contribution.ToTable("contributions");
        contribution.HasKey(c => new { c.TargetId, c.DistrictId });
        contribution.Property(c => c.TargetCode).HasMaxLength(64);
        contribution.Property(c => c.Value).HasColumnType("numeric");
        // A target's values in order: its distribution, kept by inserting and removing rows.
        contribution.HasIndex(c => new { c.TargetId, c.Value });
        // A district's membership change moves the generation of every target it contributed to.
        contribution.HasIndex(c => c.DistrictId);
        contribution.HasIndex(c => c.SubmissionId);
    }
}
