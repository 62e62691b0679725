using Consortium.Insights.Data.ReadModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Insights.Data;

/// <summary>Districts and their yearly context profiles.</summary>
internal sealed class DistrictConfiguration :
    IEntityTypeConfiguration<DistrictRow>,
    IEntityTypeConfiguration<DistrictProfileRow>
{
    public void Configure(EntityTypeBuilder<DistrictRow> district)
    {
        district.ToTable("districts");
        district.HasRowVersion();
        district.HasKey(d => d.Id);
        district.Property(d => d.Id).ValueGeneratedNever();
        district.Property(d => d.Name).HasMaxLength(200);
        district.Property(d => d.NcesLeaId).HasMaxLength(7);
        district.Property(d => d.State).HasMaxLength(2);
        district.Ignore(d => d.Counts);
    }

    public void Configure(EntityTypeBuilder<DistrictProfileRow> profile)
    {
        profile.ToTable("district_profiles");
        profile.HasRowVersion();
        profile.HasKey(p => new { p.DistrictId, p.SchoolYear });
        profile.Property(p => p.SchoolYear).HasMaxLength(7);
        profile.Property(p => p.PctEconomicallyDisadvantaged).HasColumnType("numeric");
        profile.Property(p => p.PctEnglishLearners).HasColumnType("numeric");
        profile.Property(p => p.PctStudentsWithDisabilities).HasColumnType("numeric");
        profile.Property(p => p.TeacherFte).HasColumnType("numeric");
        profile.OwnsMany(p => p.CultureConstructs, constructs =>
        {
            constructs.ToJson("culture_constructs");
            constructs.Property(c => c.Score).HasColumnType("numeric");
            constructs.Property(c => c.ResponseRatePercent).HasColumnType("numeric");
        });
    }
}
