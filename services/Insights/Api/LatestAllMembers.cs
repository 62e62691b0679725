namespace Consortium.Insights.Api;

/// <summary>
/// The newest "all members" values of a target this process prepared, and the generations they
/// are current for. When the target's generation moves and only its change log says which
/// districts changed (an acceptance, a revision, a withdrawal), the next comparison reads those
/// districts' values and applies them here instead of reading every contributor again (ADR 30),
/// and prepares the comparison from the one before instead of anew (ADR 39).
/// Values caught up are read whole again once they are older than the cache lifetime: a change
/// whose generation could not be moved (Redis failed at that moment) is then corrected, as every
/// other cached answer is. Immutable: a newer copy replaces it.
/// </summary>
internal sealed record LatestAllMembers(
    string Epoch,
    long DistrictsGeneration,
    long TargetGeneration,
    PreparedComparison Prepared,
    DateTimeOffset ReadWholeAt)
{
    /// <summary>
    /// Whether these values are current for <paramref name="targetGeneration"/>, or its change log
    /// can bring them there: nothing else moved since, and they were read whole after <paramref name="notBefore"/>.
    /// </summary>
    public bool CanCatchUp(string epoch, long districtsGeneration, long targetGeneration, DateTimeOffset notBefore) =>
        Epoch == epoch && DistrictsGeneration == districtsGeneration && TargetGeneration <= targetGeneration && ReadWholeAt >= notBefore;

    /// <summary>Whether these values are newer than <paramref name="other"/> (two preparations finished out of order).</summary>
    public bool Supersedes(LatestAllMembers other) =>
        Epoch == other.Epoch && DistrictsGeneration == other.DistrictsGeneration && TargetGeneration > other.TargetGeneration;

    /// <summary>
    /// These values with <paramref name="changed"/> districts' values replaced by
    /// <paramref name="current"/> (a changed district missing from it no longer contributes),
    /// prepared from the comparison before them (<see cref="PreparedComparison.With"/>).
    /// </summary>
    public LatestAllMembers CaughtUp(long targetGeneration, IReadOnlyCollection<Guid> changed, IReadOnlyCollection<Contributor> current) =>
        this with { TargetGeneration = targetGeneration, Prepared = Prepared.With(changed, current) };
}
