using Consortium.Districts.Domain;
using Consortium.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Districts.Data;

internal sealed class ContextProfileConfiguration : IEntityTypeConfiguration<ContextProfile>
{
    public void Configure(EntityTypeBuilder<ContextProfile> profile)
    {
        profile.ToTable("context_profiles");
        profile.HasKey(p => p.Id);
        profile.Property(p => p.Id).ValueGeneratedNever();
        // "2025-26" sorts like the year it starts, so newest-first paging can use the string.
        profile.Property(p => p.SchoolYear).HasConversion(SharedValueConverters.SchoolYear).HasMaxLength(7);
        profile.HasIndex(p => new { p.DistrictId, p.SchoolYear }).IsUnique();
        profile.HasOne<District>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Cascade);

        profile.Property(p => p.PctEconomicallyDisadvantaged).HasConversion(ValueConverters.Percentage).HasPrecision(5, 2);
        profile.Property(p => p.PctEnglishLearners).HasConversion(ValueConverters.Percentage).HasPrecision(5, 2);
        profile.Property(p => p.PctStudentsWithDisabilities).HasConversion(ValueConverters.Percentage).HasPrecision(5, 2);
        profile.Property(p => p.TeacherFte).HasPrecision(9, 2);
        profile.Property(p => p.DataSource).HasMaxLength(ContextProfileValues.DataSourceMaxLength);
        profile.Property(p => p.Version).IsConcurrencyToken();
        profile.Ignore(p => p.SizeBand);
        profile.Ignore(p => p.IsAccepted);

        // Profiles from before review existed had already been published: they stay accepted.
        profile.Property(p => p.ReviewStatus).HasConversion<string>().HasMaxLength(20).HasDefaultValue(ProfileReviewStatus.Accepted).HasSentinel(0);
        profile.Property(p => p.ReviewerComments).HasMaxLength(ContextProfile.ReviewerCommentsMaxLength);
        profile.HasIndex(p => new { p.ReviewStatus, p.UpdatedAt });

        profile.OwnsMany(p => p.CultureConstructs, constructs =>
        {
            constructs.ToJson("culture_constructs");
        });
        profile.Navigation(p => p.CultureConstructs).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
