namespace Consortium.Insights.Projections;

/// <summary>
/// What an applied event changed that a comparison could return differently. Consumers record it
/// while they apply an event; it takes effect (cache generations move, see
/// <see cref="CacheGenerations"/>) only after the event's transaction commits, so a reader never
/// caches an answer computed from the old state under the new generation.
/// </summary>
public interface IReadModelChanges
{
    /// <summary>
    /// The target's values changed: those of <paramref name="districtId"/> only, or anything about
    /// the target when it is <c>null</c> (a readers' prepared comparison is then read whole again).
    /// </summary>
    void TargetChanged(Guid targetId, Guid? districtId = null);

    void TopicChanged(Guid topicId);

    void CycleChanged(Guid cycleId);

    void DistrictsChanged();

    void PipelineChanged();
}
