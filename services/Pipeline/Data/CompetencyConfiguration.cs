using Consortium.Pipeline.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Pipeline.Data;

internal sealed class CompetencyConfiguration : IEntityTypeConfiguration<Competency>
{
    public void Configure(EntityTypeBuilder<Competency> competency)
    {
        competency.ToTable("competencies");
        competency.HasKey(c => c.Code);
        competency.Property(c => c.Code).HasMaxLength(Competency.CodeMaxLength);
        competency.Property(c => c.Domain).HasMaxLength(Competency.DomainMaxLength);
        competency.Property(c => c.Label).HasMaxLength(Competency.LabelMaxLength);
        competency.Property(c => c.Description).HasMaxLength(Competency.DescriptionMaxLength);
    }
}
