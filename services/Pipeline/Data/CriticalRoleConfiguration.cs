using Consortium.Pipeline.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Pipeline.Data;

internal sealed class CriticalRoleConfiguration : IEntityTypeConfiguration<CriticalRole>
{
    public void Configure(EntityTypeBuilder<CriticalRole> critical)
    {
        critical.ToTable("critical_roles");
        critical.HasKey(c => c.Id);
        critical.Property(c => c.Id).ValueGeneratedNever();
        critical.Property(c => c.Title).HasMaxLength(CriticalRole.TitleMaxLength);
        critical.Property(c => c.RoleCode).HasMaxLength(LeaderRole.CodeMaxLength);
        critical.Property(c => c.Version).IsConcurrencyToken();
        critical.HasOne<LeaderRole>().WithMany().HasForeignKey(c => c.RoleCode).OnDelete(DeleteBehavior.Restrict);
        critical.HasIndex(c => new { c.DistrictId, c.Title });
        critical.Ignore(c => c.Subject);

        // A slate is small and always read and replaced whole.
        critical.OwnsMany(c => c.Successors, successors =>
        {
            successors.ToJson("successors");
            successors.Property(s => s.Readiness).HasConversion<string>();
        });
        critical.Navigation(c => c.Successors).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
