using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Insights.Data;

/// <summary>
/// The local copies' guard against lost updates. Events about one row are applied at once: several
/// messages of one queue (they pile up while the database is down and are all retried when it is
/// back), and events of different types, which have their own queues. Each consumer reads the row,
/// checks that its event is newer (<see cref="ReadModel.Versions"/>) and writes it back. Without a
/// check at the write, an older event that read the row before a newer one committed writes over
/// it, and the copy stays in the past until the next event about it, if one ever comes. The row
/// version (PostgreSQL's <c>xmin</c>, no column of ours) makes that write fail instead; the inbox
/// applies the event again on the row as it now is, where the version rule turns it away.
/// </summary>
internal static class RowVersions
{
    /// <summary>The shadow property mapped to <c>xmin</c>.</summary>
    public const string Property = "RowVersion";

    public static EntityTypeBuilder<TRow> HasRowVersion<TRow>(this EntityTypeBuilder<TRow> row)
        where TRow : class
    {
        row.Property<uint>(Property).IsRowVersion();
        return row;
    }
}
