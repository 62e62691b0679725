using System.Diagnostics;
using Consortium.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace Consortium.ServiceDefaults.Messaging;

public static class OutboxExtensions
{
    /// <summary>
    /// Queues an integration event in the outbox. It is saved by the same <c>SaveChanges</c> (and
    /// so the same transaction) as the state change it announces, and published after commit:
    /// either both happen or neither.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext db, IntegrationEvent integrationEvent)
    {
        var activity = Activity.Current;
        db.Set<OutboxMessage>().Add(new OutboxMessage(
            integrationEvent.EventId,
            EventSerializer.TypeName(integrationEvent),
            EventSerializer.Serialize(integrationEvent),
            activity?.Id,
            activity?.TraceStateString,
            integrationEvent.OccurredAt));
    }
}
