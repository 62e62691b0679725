using Consortium.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Submissions.Data;

/// <summary>The tables of what other services announced (districts, cycles, topics).</summary>
internal sealed class KnownCopiesConfiguration :
    IEntityTypeConfiguration<KnownDistrict>,
    IEntityTypeConfiguration<KnownCycle>,
    IEntityTypeConfiguration<KnownTopic>
{
    public void Configure(EntityTypeBuilder<KnownDistrict> district)
    {
        district.ToTable("known_districts");
        district.HasKey(d => d.Id);
        district.Property(d => d.Id).ValueGeneratedNever();
        district.Property(d => d.Name).HasMaxLength(200);
        district.Property(d => d.MembershipStatus).HasConversion<string>().HasMaxLength(20);
        district.Property(d => d.SharingPreference).HasConversion<string>().HasMaxLength(20);
        district.Property(d => d.Revision).IsConcurrencyToken();
        district.Ignore(d => d.IsActiveMember);
    }

    public void Configure(EntityTypeBuilder<KnownCycle> cycle)
    {
        cycle.ToTable("known_cycles");
        cycle.HasKey(c => c.Id);
        cycle.Property(c => c.Id).ValueGeneratedNever();
        cycle.Property(c => c.Name).HasMaxLength(200);
        cycle.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        cycle.Property(c => c.Revision).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<KnownTopic> topic)
    {
        topic.ToTable("known_topics");
        topic.HasKey(t => t.Id);
        topic.Property(t => t.Id).ValueGeneratedNever();
        topic.Property(t => t.Title).HasMaxLength(300);
        topic.Property(t => t.BenchmarkKinds).HasJsonConversion();
        topic.Property(t => t.Targets).HasJsonConversion();
        topic.Property(t => t.Revision).IsConcurrencyToken();
        topic.Ignore(t => t.IsOpen);
    }
}
