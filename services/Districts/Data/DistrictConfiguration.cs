using Consortium.Districts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Districts.Data;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> district)
    {
        district.ToTable("districts");
        district.HasKey(d => d.Id);
        district.Property(d => d.Id).ValueGeneratedNever();
        district.Property(d => d.Name).HasMaxLength(District.NameMaxLength);
        district.Property(d => d.NcesLeaId).HasConversion(ValueConverters.NcesLeaId).HasMaxLength(7);
        district.Property(d => d.State).HasConversion(ValueConverters.UsState).HasMaxLength(2);
        district.Property(d => d.LocaleCode).HasConversion(ValueConverters.LocaleCode);
        district.Property(d => d.MembershipStatus).HasConversion<string>().HasMaxLength(20);
        district.Property(d => d.SharingPreference).HasConversion<string>().HasMaxLength(20);
        // Every change bumps Version in the domain; a concurrent writer's UPDATE then matches no row.
        district.Property(d => d.Version).IsConcurrencyToken();

        // One district per NCES LEA id: the federal id is how districts are told apart.
        district.HasIndex(d => d.NcesLeaId).IsUnique();
        // Listing is by name with id as tie-breaker (the keyset of the page token).
        district.HasIndex(d => new { d.Name, d.Id });

        district.OwnsMany(d => d.BenchmarkContacts, contacts =>
        {
            contacts.ToJson("benchmark_contacts");
        });
        district.Navigation(d => d.BenchmarkContacts).UsePropertyAccessMode(PropertyAccessMode.Field);

        district.OwnsMany(d => d.MembershipHistory, history =>
        {
            history.ToTable("membership_changes");
            history.WithOwner().HasForeignKey("district_id");
            history.HasKey(change => change.Id);
            history.Property(change => change.Id).ValueGeneratedNever();
            history.Property(change => change.From).HasColumnName("from_status").HasConversion<string>().HasMaxLength(20);
            history.Property(change => change.To).HasColumnName("to_status").HasConversion<string>().HasMaxLength(20);
            history.Property(change => change.Reason).HasMaxLength(District.ReasonMaxLength);
            history.Property(change => change.ChangedBy).HasMaxLength(200);
        });
        district.Navigation(d => d.MembershipHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
