namespace Consortium.Insights.Domain.Peers;

/// <summary>
/// An explicit peer group ("rural districts in Ohio of medium size"). Unset criteria match all.
/// The group includes the caller when it matches, because a comparison places the caller among
/// its peers.
/// </summary>
public sealed record PeerFilter(LocaleClass? Locale = null, SizeBand? SizeBand = null, string? State = null)
{
    public bool Matches(DistrictContext district) =>
        (Locale is null || district.Locale == Locale)
        && (SizeBand is null || district.SizeBand == SizeBand)
        && (State is null || string.Equals(district.State, State, StringComparison.OrdinalIgnoreCase));

    /// <summary>The matching districts, ordered by id so the result is deterministic.</summary>
    public IReadOnlyList<DistrictContext> Apply(IEnumerable<DistrictContext> population) =>
        [.. population.Where(Matches).OrderBy(d => d.DistrictId)];
}
