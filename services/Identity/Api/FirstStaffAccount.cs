using Consortium.Contracts.Security;
using Consortium.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Consortium.Identity.Api;

/// <summary>
/// The first consortium staff account, from configuration (<c>Identity:FirstStaff</c>), created
/// when the service starts and no person has that e-mail address yet: every other person is
/// invited by staff, so someone must exist to invite them (as Keycloak's first admin does). Once
/// created it is an ordinary account; changing the configured password later changes nothing.
/// </summary>
public sealed partial class FirstStaffAccount(IServiceProvider services, IOptions<IdentityServiceOptions> options, TimeProvider time, ILogger<FirstStaffAccount> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.FirstStaff is not { Email.Length: > 0, Password.Length: > 0 } first)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        if (await people.FindByEmailAsync(first.Email) is not null)
        {
            return;
        }

        var person = new Person
        {
            Id = Guid.CreateVersion7(),
            UserName = first.Email,
            Email = first.Email,
            EmailConfirmed = true,
            Role = Roles.ConsortiumStaff,
            CreatedAt = time.GetUtcNow(),
        };
        var result = await people.CreateAsync(person, first.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The first staff account could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }

        var audit = scope.ServiceProvider.GetRequiredService<AccessAudit>();
        audit.Record(AccessAudit.System, "person.created-first-staff", person.Id.ToString(), first.Email);
        await scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>().SaveChangesAsync(cancellationToken);
        LogCreated(logger, first.Email);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first staff account {Email}")]
    private static partial void LogCreated(ILogger logger, string email);
}
