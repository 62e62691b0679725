using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Domain.Peers;
using Consortium.ServiceDefaults.Domain;
using DomainFilter = Consortium.Insights.Domain.Peers.PeerFilter;

namespace Consortium.Insights.Api;

/// <summary>Over which districts a question is asked, as parsed from <see cref="ComparisonScope"/>.</summary>
internal abstract record GroupChoice
{
    public const int DefaultPeerCount = 10;
    public const int MaxPeerCount = 50;

    /// <summary>A stable text of the choice, for page-token fingerprints.</summary>
    public abstract string Describe();

    public static GroupChoice Parse(ComparisonScope? scope, string field, Violations violations) => scope?.GroupCase switch
    {
        null or ComparisonScope.GroupOneofCase.None or ComparisonScope.GroupOneofCase.AllMembers => new AllMembersChoice(),
        ComparisonScope.GroupOneofCase.SimilarPeers => new SimilarChoice(PeerCount(scope.SimilarPeers.Count, $"{field}.similar_peers.count", violations)),
        ComparisonScope.GroupOneofCase.Filter => new FilterChoice(Filter(scope.Filter, $"{field}.filter", violations)),
        _ => new AllMembersChoice(),
    };

    public static int PeerCount(int requested, string field, Violations violations)
    {
        violations.Require(requested is >= 0 and <= MaxPeerCount, field, $"must be between 1 and {MaxPeerCount} (0 means {DefaultPeerCount}).");
        return requested == 0 ? DefaultPeerCount : Math.Clamp(requested, 1, MaxPeerCount);
    }

    private static DomainFilter Filter(Contracts.Insights.V1.PeerFilter filter, string field, Violations violations)
    {
        violations.Require(Enum.IsDefined(filter.LocaleClass), $"{field}.locale_class", "is not a known locale class.");
        violations.Require(Enum.IsDefined(filter.SizeBand), $"{field}.size_band", "is not a known size band.");
        var state = filter.State.Trim();
        violations.Require(state.Length == 0 || (state.Length == 2 && state.All(char.IsAsciiLetter)), $"{field}.state", "must be a two-letter state code, e.g. \"OH\".");
        return new DomainFilter(
            ContractEnums.LocaleClass.ToDomainOrNull(filter.LocaleClass),
            ContractEnums.SizeBand.ToDomainOrNull(filter.SizeBand),
            state.Length == 0 ? null : state.ToUpperInvariant());
    }
}

/// <summary>Every counting member.</summary>
internal sealed record AllMembersChoice : GroupChoice
{
    public override string Describe() => "all";
}

/// <summary>The asking district's most similar districts.</summary>
internal sealed record SimilarChoice(int Count) : GroupChoice
{
    public override string Describe() => $"similar:{Count}";
}

/// <summary>The members matching explicit criteria.</summary>
internal sealed record FilterChoice(DomainFilter Filter) : GroupChoice
{
    public override string Describe() => $"filter:{Filter.Locale}:{Filter.SizeBand}:{Filter.State}";
}

/// <summary>A resolved peer group: its members and, for similarity groups, how similar each is.</summary>
internal sealed record PeerGroup(IReadOnlyList<Guid> Members, IReadOnlyDictionary<Guid, double> Similarity);

/// <summary>Resolves similarity and filter choices against the member population.</summary>
internal static class PeerGroups
{
    public const string ProfileMissingRule = "PROFILE_MISSING";

    /// <summary>The <paramref name="count"/> districts most similar to <paramref name="district"/>, most similar first (the district itself excluded).</summary>
    public static PeerGroup Similar(PeerSimilarity similarity, Guid district, int count)
    {
        var self = similarity.Population.FirstOrDefault(d => d.DistrictId == district)
            ?? throw new RuleViolationException(
                $"district/{district}",
                ProfileMissingRule,
                "This district has no context profile (with a locale) yet, so similar districts cannot be found.");
        var matches = similarity.MostSimilar(self, count);
        return new PeerGroup([.. matches.Select(m => m.DistrictId)], matches.ToDictionary(m => m.DistrictId, m => m.Similarity));
    }

    /// <summary>The members matching <paramref name="filter"/>, <paramref name="except"/> excluded when given.</summary>
    public static PeerGroup Filtered(PeerSimilarity similarity, DomainFilter filter, Guid? except = null) =>
        new([.. filter.Apply(similarity.Population).Select(d => d.DistrictId).Where(id => id != except)], new Dictionary<Guid, double>());
}
