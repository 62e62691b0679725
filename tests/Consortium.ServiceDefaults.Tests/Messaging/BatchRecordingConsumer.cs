using System.Collections.Concurrent;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.ServiceDefaults.Messaging;
using MassTransit;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>
/// Records each application of an event as a row, and which events were handled together. An event
/// about <see cref="Unappliable"/> writes its row and then fails, as a poison message would.
/// </summary>
public sealed class BatchRecordingConsumer(InboxTestDbContext db, TimeProvider time, BatchLog log)
    : InboxBatchConsumer<DistrictJoined, InboxTestDbContext>(db, time)
{
    public static readonly Guid Unappliable = Guid.Parse("0f0f0f0f-0000-4000-8000-00000000dead");

    protected override Task BeforeHandlingAsync(ConsumeContext context, IReadOnlyList<DistrictJoined> events, CancellationToken cancellationToken)
    {
        log.Handled.Enqueue([.. events.Select(e => e.DistrictId)]);
        return Task.CompletedTask;
    }

    protected override Task HandleAsync(DistrictJoined message, CancellationToken cancellationToken)
    {
        Db.AppliedEvents.Add(new AppliedEvent { Id = Guid.CreateVersion7(), EventId = message.EventId });
        return message.DistrictId == Unappliable
            ? throw new InvalidOperationException($"District {message.DistrictId} cannot be applied.")
            : Task.CompletedTask;
    }
}

/// <summary>The districts of the events each attempt handled together, in the order attempted.</summary>
public sealed class BatchLog
{
    public ConcurrentQueue<IReadOnlyList<Guid>> Handled { get; } = new();
}
