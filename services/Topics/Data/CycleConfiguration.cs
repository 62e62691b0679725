using Consortium.ServiceDefaults.Data;
using Consortium.Topics.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Topics.Data;

internal sealed class CycleConfiguration : IEntityTypeConfiguration<Cycle>
{
    public void Configure(EntityTypeBuilder<Cycle> cycle)
    {
        cycle.ToTable("cycles");
        cycle.HasKey(c => c.Id);
        cycle.Property(c => c.Id).ValueGeneratedNever();
        cycle.Property(c => c.SchoolYear).HasConversion(SharedValueConverters.SchoolYear).HasMaxLength(7);
        cycle.Property(c => c.Half).HasConversion<string>().HasMaxLength(10);
        cycle.Property(c => c.Name).HasMaxLength(Cycle.NameMaxLength);
        // The scheduler selects by status with raw SQL (FOR UPDATE SKIP LOCKED): keep the stored names in step with CycleStatus.
        cycle.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        // Every change bumps Version in the domain; a concurrent writer's UPDATE then matches no row.
        cycle.Property(c => c.Version).IsConcurrencyToken();
        cycle.Ignore(c => c.Label);
        cycle.Ignore(c => c.AcceptsTopics);

        // Only one cycle per half of a school year.
        cycle.HasIndex(c => new { c.SchoolYear, c.Half }).IsUnique();
        // The scheduler's query: cycles whose window should open or close.
        cycle.HasIndex(c => new { c.Status, c.SubmissionOpensAt, c.SubmissionClosesAt });
    }
}
