using Consortium.Insights.Data.ReadModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Insights.Data;

internal sealed class CacheMoveConfiguration : IEntityTypeConfiguration<CacheMoveRow>
{
    public void Configure(EntityTypeBuilder<CacheMoveRow> move)
    {
        move.ToTable("cache_moves");
        move.HasKey(m => new { m.EventId, m.Consumer });
        move.Property(m => m.Consumer).HasMaxLength(200);

        // Housekeeping deletes by age.
        move.HasIndex(m => m.RecordedAt);
    }
}
