using Consortium.Pipeline.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Pipeline.Data;

internal sealed class LeaderRoleConfiguration : IEntityTypeConfiguration<LeaderRole>
{
    public void Configure(EntityTypeBuilder<LeaderRole> role)
    {
        role.ToTable("roles");
        role.HasKey(r => r.Code);
        role.Property(r => r.Code).HasMaxLength(LeaderRole.CodeMaxLength);
        role.Property(r => r.Label).HasMaxLength(LeaderRole.LabelMaxLength);
        // The standard ladder is seeded by the migration; staff add more at run time.
        role.HasData(LeaderRole.Defaults.Select(r => new { r.Code, r.Label, r.SortOrder }));
    }
}
