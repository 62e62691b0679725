using Consortium.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Identity.Data;

/// <summary>
/// The identity service's own database: people (ASP.NET Core Identity), OpenIddict's
/// applications, authorizations, scopes and tokens, automation clients, signing keys, the audit
/// trail, and the shared outbox/inbox tables.
/// </summary>
public sealed class IdentityServiceDbContext(DbContextOptions<IdentityServiceDbContext> options)
    : IdentityUserContext<Person, Guid>(options)
{
    public DbSet<AutomationClient> AutomationClients => Set<AutomationClient>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.Entity<Person>(person =>
        {
            person.ToTable("people");
            person.Property(p => p.Role).HasMaxLength(64);
            person.Property(p => p.InvitationCodeHash).HasMaxLength(64);
            person.HasIndex(p => p.DistrictId);
        });
        builder.Entity<AutomationClient>(client =>
        {
            client.HasKey(c => c.ClientId);
            client.Property(c => c.ClientId).HasMaxLength(100);
            client.Property(c => c.DisplayName).HasMaxLength(200);
            client.HasIndex(c => c.DistrictId);
        });
        builder.Entity<AuditEntry>(entry =>
        {
            entry.Property(e => e.Id).UseIdentityAlwaysColumn();
            entry.Property(e => e.Actor).HasMaxLength(200);
            entry.Property(e => e.Action).HasMaxLength(100);
            entry.Property(e => e.Target).HasMaxLength(200);
            entry.Property(e => e.Details).HasMaxLength(2000);
            entry.HasIndex(e => e.At);
        });
        builder.Entity<SigningKey>(key =>
        {
            key.HasKey(k => k.KeyId);
            key.Property(k => k.KeyId).HasMaxLength(64);
            key.Property(k => k.Purpose).HasConversion<string>().HasMaxLength(20);
        });
        builder.AddServiceDefaultTables();
    }
}
