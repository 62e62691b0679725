using Consortium.Contracts.Events.Districts.V1;
using Consortium.Identity.Api;
using Consortium.Identity.Data;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Identity.Messaging;

/// <summary>
/// When Districts withdraws a member, that district's people, automation clients and own
/// sign-in provider lose access:
/// disabled here, so their next sign-in, code exchange, refresh or client-credentials request is
/// refused (access tokens already issued expire within their short lifetime).
/// </summary>
public sealed class DistrictMembershipConsumer(IdentityServiceDbContext db, TimeProvider time, AccessAudit audit)
    : InboxConsumer<MembershipChanged, IdentityServiceDbContext>(db, time)
{
    private TimeProvider Clock { get; } = time;

    protected override async Task HandleAsync(MembershipChanged message, CancellationToken cancellationToken)
    {
        if (message.ToStatus != MembershipStatusV1.Withdrawn)
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var people = await Db.Users.Where(p => p.DistrictId == message.DistrictId && p.DisabledAt == null).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            person.DisabledAt = now;
            // A new security stamp ends the person's sign-in cookie at its next validation.
            person.SecurityStamp = Guid.NewGuid().ToString("N");
        }

        var clients = await Db.AutomationClients.Where(c => c.DistrictId == message.DistrictId && c.DisabledAt == null).ToListAsync(cancellationToken);
        foreach (var client in clients)
        {
            client.DisabledAt = now;
        }

        // Its own provider stops signing people in (a person it would create now would not be disabled above).
        var providers = await Db.ExternalProviders.Where(p => p.DistrictId == message.DistrictId && p.DisabledAt == null).ToListAsync(cancellationToken);
        foreach (var provider in providers)
        {
            provider.DisabledAt = now;
            provider.UpdatedAt = now;
        }

        audit.Record(AccessAudit.System, "district.withdrawn", message.DistrictId.ToString(),
            $"disabled {people.Count} people, {clients.Count} automation clients and {providers.Count} sign-in providers");
    }
}
