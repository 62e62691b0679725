using Consortium.Pipeline.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Pipeline.Data;

internal sealed class DistrictSuccessionConfiguration : IEntityTypeConfiguration<DistrictSuccession>
{
    public void Configure(EntityTypeBuilder<DistrictSuccession> succession)
    {
        succession.ToTable("district_successions");
        succession.HasKey(s => s.DistrictId);
        succession.Property(s => s.DistrictId).ValueGeneratedNever();
        succession.Property(s => s.Version).IsConcurrencyToken();
    }
}
