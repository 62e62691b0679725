using Consortium.Contracts.Events.Topics.V1;
using Consortium.Topics.Domain;

namespace Consortium.Topics.Messaging;

/// <summary>
/// The cycle events Topics publishes, built from the domain after a change. Each carries the
/// cycle's version, so a consumer keeping a copy ignores stale or repeated ones.
/// </summary>
internal static class CycleEvents
{
    public static CycleOpened Opened(Cycle cycle, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        CycleId = cycle.Id,
        CycleVersion = cycle.Version,
        SchoolYear = cycle.SchoolYear.ToString(),
        Half = EventEnums.Half.ToContract(cycle.Half),
        Name = cycle.Name,
        SubmissionOpensAt = cycle.SubmissionOpensAt,
        SubmissionClosesAt = cycle.SubmissionClosesAt,
    };

    /// <summary><c>ClosedAt</c> is the end of the window: the planned time, or the moment staff closed it early.</summary>
    public static CycleClosed Closed(Cycle cycle, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        CycleId = cycle.Id,
        CycleVersion = cycle.Version,
        ClosedAt = cycle.SubmissionClosesAt,
    };

    public static ResultsPublished ResultsPublished(Cycle cycle, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        CycleId = cycle.Id,
        CycleVersion = cycle.Version,
        PublishedAt = cycle.ResultsPublishedAt ?? now,
    };
}
