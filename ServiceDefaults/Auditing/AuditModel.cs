using Microsoft.EntityFrameworkCore;

namespace Consortium.ServiceDefaults.Auditing;

public static class AuditModel
{
    /// <summary>
    /// Maps the audit store (<c>audit_entries</c>) into a service's database. Call from
    /// <c>OnModelCreating</c> of a service that audits reads, and add a migration.
    /// </summary>
    public static ModelBuilder AddAuditStore(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Subject).HasMaxLength(AuditEntry.MaxTextLength);
            entry.Property(e => e.Action).HasMaxLength(20);
            entry.Property(e => e.Resource).HasMaxLength(100);
            entry.Property(e => e.View).HasMaxLength(AuditEntry.MaxTextLength);
            entry.Property(e => e.TraceId).HasMaxLength(32);
            // The list's order (newest first) and its filters by whose data and by whom.
            entry.HasIndex(e => new { e.OccurredAt, e.Id });
            entry.HasIndex(e => new { e.DistrictId, e.OccurredAt });
            entry.HasIndex(e => new { e.CallerDistrictId, e.OccurredAt });
        });
        return modelBuilder;
    }
}
