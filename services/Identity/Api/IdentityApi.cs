using Consortium.Contracts.Identity.V1;
using Consortium.Identity.Data;
using Consortium.Identity.Domain;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.Identity.Api;

/// <summary>
/// The staff API over people and automation clients. Every change is validated in full before
/// anything is written (a bad request changes nothing), and audited in the same transaction.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IdentityApi(
    IdentityServiceDbContext db,
    UserManager<Data.Person> people,
    IOpenIddictApplicationManager applications,
    AccessAudit audit,
    TimeProvider time) : IdentityService.IdentityServiceBase
{
    public override async Task<InvitationResponse> InvitePerson(InvitePersonRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var email = request.Email.Trim();
        violations.Require(EmailAddress.IsValid(email), "email", "must be an e-mail address, e.g. name@district.org");
        var role = AccessRole.Create(IdentityMessages.ToClaim(request.Role) ?? string.Empty,
            IdentityMessages.OptionalId(request.DistrictId, "district_id", violations), violations);
        violations.ThrowIfAny();
        if (await people.FindByEmailAsync(email) is not null)
        {
            throw new AlreadyExistsException("person", email, $"{email} is already invited.");
        }

        var now = time.GetUtcNow();
        var code = InvitationCode.New();
        var person = new Data.Person
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            Role = role.Role,
            DistrictId = role.DistrictId,
            CreatedAt = now,
            InvitationCodeHash = InvitationCode.Hash(code),
            InvitationExpiresAt = now + InvitationCode.Lifetime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        Check(await people.CreateAsync(person));
        audit.Record(context.GetCaller().Subject, "person.invited", person.Id.ToString(), $"{email} as {role.Role} {role.DistrictId}");
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return new InvitationResponse { Person = IdentityMessages.ToMessage(person), InvitationCode = code, ExpiresAt = Timestamp.FromDateTimeOffset(person.InvitationExpiresAt.Value) };
    }

    public override async Task<ListPeopleResponse> ListPeople(ListPeopleRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var district = IdentityMessages.OptionalId(request.DistrictId, "district_id", violations);
        violations.ThrowIfAny();
        var size = Paging.NormalizePageSize(request.PageSize);
        var filters = Paging.Fingerprint(district);
        var after = Paging.DecodeToken<PersonCursor>(request.PageToken, filters);

        var query = db.Users.AsNoTracking();
        if (district is { } id)
        {
            query = query.Where(p => p.DistrictId == id);
        }

        if (after is not null)
        {
            query = query.Where(p => p.CreatedAt > after.CreatedAt || (p.CreatedAt == after.CreatedAt && p.Id.CompareTo(after.Id) > 0));
        }

        var page = await query.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new ListPeopleResponse();
        response.People.AddRange(page.Take(size).Select(IdentityMessages.ToMessage));
        if (page.Count > size)
        {
            var last = page[size - 1];
            response.NextPageToken = Paging.EncodeToken(new PersonCursor(last.CreatedAt, last.Id), filters);
        }

        return response;
    }

    public override async Task<Contracts.Identity.V1.Person> ChangeRole(ChangeRoleRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var personId = IdentityMessages.RequiredId(request.PersonId, "person_id", violations);
        var role = AccessRole.Create(IdentityMessages.ToClaim(request.Role) ?? string.Empty,
            IdentityMessages.OptionalId(request.DistrictId, "district_id", violations), violations);
        violations.ThrowIfAny();
        var person = await FindAsync(personId);
        person.Role = role.Role;
        person.DistrictId = role.DistrictId;
        audit.Record(context.GetCaller().Subject, "person.role-changed", person.Id.ToString(), $"{role.Role} {role.DistrictId}");
        await db.SaveChangesAsync(context.CancellationToken);
        return IdentityMessages.ToMessage(person);
    }

    public override async Task<Contracts.Identity.V1.Person> SetPersonEnabled(SetPersonEnabledRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var personId = IdentityMessages.RequiredId(request.PersonId, "person_id", violations);
        violations.ThrowIfAny();
        var person = await FindAsync(personId);
        person.DisabledAt = request.Enabled ? null : time.GetUtcNow();
        // A new stamp ends any sign-in cookie of the person.
        person.SecurityStamp = Guid.NewGuid().ToString("N");
        audit.Record(context.GetCaller().Subject, request.Enabled ? "person.enabled" : "person.disabled", person.Id.ToString());
        await db.SaveChangesAsync(context.CancellationToken);
        return IdentityMessages.ToMessage(person);
    }

    public override async Task<InvitationResponse> ResetPassword(ResetPasswordRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var personId = IdentityMessages.RequiredId(request.PersonId, "person_id", violations);
        violations.ThrowIfAny();
        var person = await FindAsync(personId);
        var code = InvitationCode.New();
        person.PasswordHash = null;
        person.SecurityStamp = Guid.NewGuid().ToString("N");
        person.InvitationCodeHash = InvitationCode.Hash(code);
        person.InvitationExpiresAt = time.GetUtcNow() + InvitationCode.Lifetime;
        audit.Record(context.GetCaller().Subject, "person.password-reset", person.Id.ToString());
        await db.SaveChangesAsync(context.CancellationToken);
        return new InvitationResponse { Person = IdentityMessages.ToMessage(person), InvitationCode = code, ExpiresAt = Timestamp.FromDateTimeOffset(person.InvitationExpiresAt.Value) };
    }

    public override async Task<RegisterAutomationClientResponse> RegisterAutomationClient(RegisterAutomationClientRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var districtId = IdentityMessages.RequiredId(request.DistrictId, "district_id", violations);
        var name = request.DisplayName.Trim();
        violations.Require(name.Length is >= 1 and <= 200, "display_name", "must be 1–200 characters");
        violations.ThrowIfAny();

        var clientId = $"district-{districtId:N}-{InvitationCode.New()[..8]}";
        var secret = InvitationCode.New() + InvitationCode.New();
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        await applications.CreateAsync(AutomationClients.Descriptor(clientId, secret, name), context.CancellationToken);
        db.AutomationClients.Add(new AutomationClient { ClientId = clientId, DistrictId = districtId, DisplayName = name, CreatedAt = time.GetUtcNow() });
        audit.Record(context.GetCaller().Subject, "client.registered", clientId, $"district {districtId}: {name}");
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return new RegisterAutomationClientResponse
        {
            ClientId = clientId,
            ClientSecret = secret,
            DistrictId = districtId.ToString(),
            Scopes = { IdentityNames.SubmissionsWriteScope },
        };
    }

    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        var size = Paging.NormalizePageSize(request.PageSize);
        var filters = Paging.Fingerprint("audit");
        var before = Paging.DecodeToken<AuditCursor>(request.PageToken, filters);
        var query = db.AuditEntries.AsNoTracking();
        if (before is not null)
        {
            query = query.Where(entry => entry.Id < before.Id);
        }

        var page = await query.OrderByDescending(entry => entry.Id).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new ListAuditEntriesResponse();
        response.Entries.AddRange(page.Take(size).Select(IdentityMessages.ToMessage));
        if (page.Count > size)
        {
            response.NextPageToken = Paging.EncodeToken(new AuditCursor(page[size - 1].Id), filters);
        }

        return response;
    }

    private async Task<Data.Person> FindAsync(Guid personId) =>
        await db.Users.SingleOrDefaultAsync(p => p.Id == personId) ?? throw new NotFoundException("person", personId.ToString());

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainValidationException("email", string.Join(" ", result.Errors.Select(error => error.Description)));
        }
    }

    private sealed record PersonCursor(DateTimeOffset CreatedAt, Guid Id);

    private sealed record AuditCursor(long Id);
}
