namespace Consortium.Insights.Api;

/// <summary>
/// The newest "all members" values of a target this process prepared, and the generations they
/// are current for. When the target's generation moves and only its change log says which
/// districts changed (an acceptance, a revision, a withdrawal), the next comparison reads those
/// districts' values and applies them here instead of reading every contributor again (ADR 30).
/// Values caught up are read whole again once they are older than the cache lifetime: a change
/// whose generation could not be moved (Redis failed at that moment) is then corrected, as every
/// other cached answer is. Immutable: a newer copy replaces it.
/// </summary>
internal sealed record LatestAllMembers(
    string Epoch,
    long DistrictsGeneration,
    long TargetGeneration,
    int GroupSize,
    IReadOnlyDictionary<Guid, Contributor> ByDistrict,
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
    /// <paramref name="current"/> (a changed district missing from it no longer contributes).
    /// </summary>
    public LatestAllMembers CaughtUp(long targetGeneration, IReadOnlySet<Guid> changed, IEnumerable<Contributor> current)
    {
        var byDistrict = new Dictionary<Guid, Contributor>(ByDistrict);
        foreach (var district in changed)
        {
            byDistrict.Remove(district);
        }

        foreach (var contributor in current)
        {
            byDistrict[contributor.DistrictId] = contributor;
        }

        return this with { TargetGeneration = targetGeneration, ByDistrict = byDistrict };
    }

    /// <summary>The contributors in one order whichever way they were read, so both give the same rows.</summary>
    public List<Contributor> Contributors()
    {
        List<Contributor> contributors = [.. ByDistrict.Values];
        contributors.Sort(static (a, b) => a.DistrictId.CompareTo(b.DistrictId));
        return contributors;
    }
}
