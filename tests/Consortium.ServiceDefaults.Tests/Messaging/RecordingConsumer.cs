using Consortium.Contracts.Events.Districts.V1;
using Consortium.ServiceDefaults.Messaging;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>Records each application of an event as a row, so a second application would show.</summary>
public sealed class RecordingConsumer(InboxTestDbContext db, TimeProvider time) : InboxConsumer<DistrictJoined, InboxTestDbContext>(db, time)
{
    protected override Task HandleAsync(DistrictJoined message, CancellationToken cancellationToken)
    {
        Db.AppliedEvents.Add(new AppliedEvent { Id = Guid.CreateVersion7(), EventId = message.EventId });
        return Task.CompletedTask;
    }
}
