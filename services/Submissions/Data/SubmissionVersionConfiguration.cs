using Consortium.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Submissions.Data;

internal sealed class SubmissionVersionConfiguration : IEntityTypeConfiguration<SubmissionVersion>
{
    public void Configure(EntityTypeBuilder<SubmissionVersion> version)
    {
        version.ToTable("submission_versions");
        // The version number is the key within a submission: a second writer of the same
        // version (a lost race) fails on insert instead of forking the history.
        version.HasKey(v => new { v.SubmissionId, v.Version });
        version.HasOne<Submission>().WithMany().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        version.Property(v => v.Action).HasConversion<string>().HasMaxLength(20);
        version.Property(v => v.ChangedBy).HasMaxLength(200);
        version.Property(v => v.Snapshot).HasJsonConversion();
    }
}
