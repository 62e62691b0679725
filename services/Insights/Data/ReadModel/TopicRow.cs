using Consortium.Contracts.Events.Topics.V1;

namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// A published topic. Topics carry no version: publication happens once (a changed topic is a new
/// one) and retirement wins whatever the order, so a <c>TopicRetired</c> that comes first leaves a
/// placeholder (<see cref="PublishedAt"/> null) that <c>TopicPublished</c> fills.
/// </summary>
public sealed class TopicRow
{
    public Guid Id { get; set; }

    public Guid CycleId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string FocusArea { get; set; } = string.Empty;

    public List<BenchmarkKindV1> BenchmarkKinds { get; set; } = [];

    /// <summary>The topic this one was carried forward from (same target codes): the link for trends.</summary>
    public Guid? CarriedFromTopicId { get; set; }

    /// <summary>Null while the row is a placeholder.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    public bool IsPublished => PublishedAt is not null;

    public static TopicRow Placeholder(Guid id, Guid cycleId) => new() { Id = id, CycleId = cycleId };
}
