using System.Security.Claims;
using Consortium.Identity.Api;
using Consortium.Identity.Data;
using Consortium.Identity.Domain;
using Consortium.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.Identity.Federation;

/// <summary>
/// Decides who a person coming back from a district's provider is here: the <see cref="Person"/>
/// linked to (issuer, subject), or a new one, with the role of the provider's first matching rule
/// and the provider's district. Nothing is written when the answer is no.
/// </summary>
public sealed partial class FederatedPeople(
    IdentityServiceDbContext db, UserManager<Person> people, AccessAudit audit, TimeProvider time, ILogger<FederatedPeople> logger)
{
    /// <summary>The person to sign in, or why not (a sentence for the person).</summary>
    public sealed record Outcome(Person? Person, string? Refusal);

    public async Task<Outcome> ResolveAsync(Guid providerId, ClaimsPrincipal external, CancellationToken cancellationToken)
    {
        var provider = await db.ExternalProviders.AsNoTracking().Include(p => p.Rules).SingleOrDefaultAsync(p => p.Id == providerId, cancellationToken);
        var subject = external.FindFirst(Claims.Subject)?.Value;
        if (provider is null || !provider.IsEnabled)
        {
            return Refuse(providerId, subject, "provider disabled or removed", "Signing in through this provider is turned off. Ask consortium staff.");
        }

        if (string.IsNullOrEmpty(subject) || subject.Length > 255)
        {
            return Refuse(providerId, subject, "no usable subject", "Your organisation's sign-in did not say who you are. Ask consortium staff.");
        }

        var rule = RoleRules.FirstMatch(provider.Rules, external);
        if (rule is null)
        {
            return Refuse(providerId, subject, "no role rule matches",
                "You signed in at your organisation, but your account there is not given access to the consortium. Ask your district's benchmark lead or consortium staff.");
        }

        var link = await db.ExternalLogins.SingleOrDefaultAsync(l => l.Issuer == provider.Issuer && l.Subject == subject, cancellationToken);
        return link is null
            ? await CreateAsync(provider, subject, rule, external, cancellationToken)
            : await ReturningAsync(provider, link, rule, cancellationToken);
    }

    private async Task<Outcome> ReturningAsync(ExternalProvider provider, ExternalLogin link, ExternalRoleRule rule, CancellationToken cancellationToken)
    {
        var person = await people.FindByIdAsync(link.PersonId.ToString());
        // Only the provider that made the link, and only into its own district.
        if (person is null || link.ProviderId != provider.Id || person.DistrictId != provider.DistrictId)
        {
            return Refuse(provider.Id, link.Subject, "linked through another provider or district", "This account belongs to another district's sign-in. Ask consortium staff.");
        }

        if (person.IsDisabled)
        {
            return Refuse(provider.Id, link.Subject, "disabled", "This account is disabled. Ask consortium staff.");
        }

        if (person.Role != rule.Role)
        {
            audit.Record(ActorOf(provider), "person.role-changed", person.Id.ToString(), $"{rule.Role} {provider.DistrictId} by rule {rule.Position + 1} ({rule.ClaimType} = {rule.ClaimValue})");
            person.Role = rule.Role;
            await people.UpdateAsync(person);
        }

        return new Outcome(person, null);
    }

    private async Task<Outcome> CreateAsync(ExternalProvider provider, string subject, ExternalRoleRule rule, ClaimsPrincipal external, CancellationToken cancellationToken)
    {
        var email = external.FindFirst(Claims.Email)?.Value?.Trim();
        if (email is null || !EmailAddress.IsValid(email))
        {
            return Refuse(provider.Id, subject, "no e-mail address", "Your organisation's sign-in did not give an e-mail address. Ask consortium staff.");
        }

        // An address the provider asserts never takes over an existing account.
        if (await people.FindByEmailAsync(email) is not null)
        {
            return Refuse(provider.Id, subject, "e-mail address already has an account",
                "An account with this e-mail address already exists. Sign in with its password, or ask consortium staff.");
        }

        var now = time.GetUtcNow();
        var person = new Person
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            Role = rule.Role,
            DistrictId = provider.DistrictId,
            CreatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await people.CreateAsync(person);
        if (!created.Succeeded)
        {
            return Refuse(provider.Id, subject, string.Join(" ", created.Errors.Select(e => e.Code)), "Your account could not be created. Ask consortium staff.");
        }

        db.ExternalLogins.Add(new ExternalLogin { Issuer = provider.Issuer, Subject = subject, PersonId = person.Id, ProviderId = provider.Id, CreatedAt = now });
        audit.Record(ActorOf(provider), "person.created-by-provider", person.Id.ToString(),
            $"{email} as {rule.Role} {provider.DistrictId} by rule {rule.Position + 1} ({rule.ClaimType} = {rule.ClaimValue})");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Outcome(person, null);
    }

    private static string ActorOf(ExternalProvider provider) => $"provider:{provider.Id}";

    private Outcome Refuse(Guid providerId, string? subject, string reason, string sentence)
    {
        LogRefused(logger, providerId, subject ?? string.Empty, reason);
        return new Outcome(null, sentence);
    }

    [LoggerMessage(Level = LogLevel.Warning, EventName = "FederatedSignInRefused", Message = "Sign-in through provider {ProviderId} refused for external subject {Subject}: {Reason}")]
    private static partial void LogRefused(ILogger logger, Guid providerId, string subject, string reason);
}
