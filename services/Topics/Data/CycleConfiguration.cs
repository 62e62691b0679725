using Consortium.ServiceDefaults.Domain;
using Consortium.Topics.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Consortium.Topics.Data;

internal sealed class CycleConfiguration : IEntityTypeConfiguration<Cycle>
{
    /// <summary>Stored as its text, <c>2026-27</c>, which sorts in time order.</summary>
    private static readonly ValueConverter<SchoolYear, string> SchoolYearConverter =
        new(year => year.ToString(), value => SchoolYear.Parse(value, SchoolYear.DefaultField));

    public void Configure(EntityTypeBuilder<Cycle> cycle)
    {
        cycle.ToTable("cycles");
        cycle.HasKey(c => c.Id);
        cycle.Property(c => c.Id).ValueGeneratedNever();
        cycle.Property(c => c.SchoolYear).HasConversion(SchoolYearConverter).HasMaxLength(7);
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
