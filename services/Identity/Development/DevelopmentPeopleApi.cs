using Consortium.Contracts.Identity.V1;
using Consortium.Identity.Api;
using Consortium.Identity.Data;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Identity.Development;

/// <summary>
/// Staff set a person's password: only so the demo loader can give the named demo people a
/// password the start command prints. Mapped only in Development (<see cref="DevelopmentConveniences"/>);
/// everywhere else a person sets their own password with an invitation code.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DevelopmentPeopleApi(IdentityServiceDbContext db, UserManager<Data.Person> people, AccessAudit audit) : DevelopmentPeopleService.DevelopmentPeopleServiceBase
{
    public override async Task<Contracts.Identity.V1.Person> SetPassword(SetPasswordRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var personId = IdentityMessages.RequiredId(request.PersonId, "person_id", violations);
        violations.ThrowIfAny();
        var person = await db.Users.SingleOrDefaultAsync(p => p.Id == personId, context.CancellationToken)
            ?? throw new NotFoundException("person", personId.ToString());
        foreach (var validator in people.PasswordValidators)
        {
            var check = await validator.ValidateAsync(people, person, request.Password);
            violations.Require(check.Succeeded, "password", string.Join(" ", check.Errors.Select(error => error.Description)));
        }

        violations.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        if (await people.HasPasswordAsync(person))
        {
            await people.RemovePasswordAsync(person);
        }

        person.InvitationCodeHash = null;
        person.InvitationExpiresAt = null;
        person.EmailConfirmed = true;
        var added = await people.AddPasswordAsync(person, request.Password);
        if (!added.Succeeded)
        {
            throw new DomainValidationException("password", string.Join(" ", added.Errors.Select(error => error.Description)));
        }

        audit.Record(context.GetCaller().Subject, "person.password-set-in-development", person.Id.ToString());
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return IdentityMessages.ToMessage(person);
    }
}
