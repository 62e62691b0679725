using Consortium.Contracts.Events.Districts.V1;
using Consortium.ServiceDefaults.Messaging;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>A consumer whose effect is written and then fails, as a poison message would make it.</summary>
public sealed class FailingConsumer(InboxTestDbContext db, TimeProvider time) : InboxConsumer<DistrictJoined, InboxTestDbContext>(db, time)
{
    protected override Task HandleAsync(DistrictJoined message, CancellationToken cancellationToken)
    {
        Db.AppliedEvents.Add(new AppliedEvent { Id = Guid.CreateVersion7(), EventId = message.EventId });
        throw new InvalidOperationException($"District {message.DistrictId} cannot be applied.");
    }
}
