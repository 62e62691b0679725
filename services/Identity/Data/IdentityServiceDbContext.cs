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

    public DbSet<ExternalProvider> ExternalProviders => Set<ExternalProvider>();

    public DbSet<ExternalLogin> ExternalLogins => Set<ExternalLogin>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
        OnFederationCreating(builder);
        builder.AddServiceDefaultTables();
    }

    /// <summary>Districts' own providers, their role rules, people's links to them, and Data Protection's keys.</summary>
    private static void OnFederationCreating(ModelBuilder builder)
    {
        builder.Entity<ExternalProvider>(provider =>
        {
            provider.ToTable("external_providers");
            provider.Property(p => p.DisplayName).HasMaxLength(100);
            provider.Property(p => p.Issuer).HasMaxLength(500);
            provider.Property(p => p.ClientId).HasMaxLength(200);
            provider.Property(p => p.ProtectedClientSecret).HasMaxLength(4000);
            provider.HasIndex(p => p.DistrictId);
            provider.HasMany(p => p.Rules).WithOne().HasForeignKey(rule => rule.ProviderId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ExternalRoleRule>(rule =>
        {
            rule.ToTable("external_role_rules");
            rule.Property(r => r.Id).UseIdentityAlwaysColumn();
            rule.Property(r => r.ClaimType).HasMaxLength(100);
            rule.Property(r => r.ClaimValue).HasMaxLength(200);
            rule.Property(r => r.Role).HasMaxLength(64);
            rule.HasIndex(r => new { r.ProviderId, r.Position }).IsUnique();
        });
        builder.Entity<ExternalLogin>(login =>
        {
            login.ToTable("external_logins");
            login.HasKey(l => new { l.Issuer, l.Subject });
            login.Property(l => l.Issuer).HasMaxLength(500);
            login.Property(l => l.Subject).HasMaxLength(255);
            login.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
            login.HasOne<ExternalProvider>().WithMany().HasForeignKey(l => l.ProviderId).OnDelete(DeleteBehavior.Restrict);
            login.HasIndex(l => l.PersonId);
        });
        builder.Entity<DataProtectionKey>(key => key.ToTable("data_protection_keys"));
    }
}
