using Consortium.Pipeline.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Pipeline.Data;

internal sealed class MemberDistrictConfiguration : IEntityTypeConfiguration<MemberDistrict>
{
    public void Configure(EntityTypeBuilder<MemberDistrict> district)
    {
        district.ToTable("member_districts");
        district.HasKey(d => d.Id);
        district.Property(d => d.Id).ValueGeneratedNever();
        district.Property(d => d.Revision).IsConcurrencyToken();
    }
}
