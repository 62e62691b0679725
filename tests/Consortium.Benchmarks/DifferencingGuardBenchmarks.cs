using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Consortium.Benchmarks.Population;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.Peers;

namespace Consortium.Benchmarks;

/// <summary>
/// The differencing guard's atom rule as a caller accumulates answered groups for one target:
/// every new group is checked against all groups already answered in that scope, so the cost
/// grows with both the groups answered and the districts in them. The groups are the peer groups
/// people actually ask for (all members, a locale, a size band, a state, combinations).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class DifferencingGuardBenchmarks
{
    private static readonly SuppressionFloor Floor = new();

    private (AnsweredGroup[] Answered, AnsweredGroup Candidate) _small;
    private (AnsweredGroup[] Answered, AnsweredGroup Candidate) _large;
    private (AnsweredGroup[] Answered, AnsweredGroup Candidate) _smallRush;
    private (AnsweredGroup[] Answered, AnsweredGroup Candidate) _largeRush;

    /// <summary>How many groups the caller has already been answered for this target.</summary>
    [Params(1, 8, 32)]
    public int AnsweredGroups { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _small = Groups(Scale.Of(SyntheticConsortium.Small), AnsweredGroups);
        _large = Groups(Scale.Of(SyntheticConsortium.Large), AnsweredGroups);
        _smallRush = RushGroups(Scale.Of(SyntheticConsortium.Small), AnsweredGroups);
        _largeRush = RushGroups(Scale.Of(SyntheticConsortium.Large), AnsweredGroups);
    }

    [Benchmark(Baseline = true, Description = "DifferencingGuard.Evaluate, 1,300 districts")]
    [BenchmarkCategory("DifferencingGuard")]
    public Suppression? Evaluate_1300() => DifferencingGuard.Evaluate(_small.Answered, _small.Candidate, Floor);

    [Benchmark(Description = "DifferencingGuard.Evaluate, 13,000 districts")]
    [BenchmarkCategory("DifferencingGuard")]
    public Suppression? Evaluate_13000() => DifferencingGuard.Evaluate(_large.Answered, _large.Candidate, Floor);

    [Benchmark(Baseline = true, Description = "DifferencingGuard.Evaluate, rush, 1,300 districts")]
    [BenchmarkCategory("DifferencingGuard, rush")]
    public Suppression? EvaluateRush_1300() => DifferencingGuard.Evaluate(_smallRush.Answered, _smallRush.Candidate, Floor);

    [Benchmark(Description = "DifferencingGuard.Evaluate, rush, 13,000 districts")]
    [BenchmarkCategory("DifferencingGuard, rush")]
    public Suppression? EvaluateRush_13000() => DifferencingGuard.Evaluate(_largeRush.Answered, _largeRush.Candidate, Floor);

    // The window-close rush's shape: all members asked again after every few acceptances (five
    // values new or changed each time), two in five of them shown by name.
    private static (AnsweredGroup[] Answered, AnsweredGroup Candidate) RushGroups(Scale scale, int answered)
    {
        var random = new Random(14);
        var members = scale.ContributorIds.ToList();
        var shown = members.Where(_ => random.NextDouble() < 0.4).ToHashSet();
        var groups = new List<AnsweredGroup>();
        for (var asked = 0; asked <= answered; asked++)
        {
            groups.Add(new AnsweredGroup(new MemberSet(members), new MemberSet(members.Where(shown.Contains)), null));
            for (var change = 0; change < 5; change++)
            {
                if (change < 3)
                {
                    members.RemoveAt(random.Next(members.Count));
                }

                var bytes = new byte[16];
                random.NextBytes(bytes);
                var value = new Guid(bytes);
                members.Add(value);
                if (random.NextDouble() < 0.4)
                {
                    shown.Add(value);
                }
            }
        }

        return ([.. groups[..answered]], groups[answered]);
    }

    // Distinct groups of contributors from explicit peer filters, widest first, plus one more as the
    // candidate; every member hidden from the caller (the most the rule has to count).
    private static (AnsweredGroup[] Answered, AnsweredGroup Candidate) Groups(Scale scale, int answered)
    {
        var contributors = scale.ContributorIds.ToHashSet();
        var population = scale.Contexts.Where(c => contributors.Contains(c.DistrictId)).ToList();
        var states = population.GroupBy(c => c.State).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var filters = new List<PeerFilter> { new() };
        filters.AddRange(Enum.GetValues<LocaleClass>().Select(locale => new PeerFilter(Locale: locale)));
        filters.AddRange(Enum.GetValues<SizeBand>().Select(band => new PeerFilter(SizeBand: band)));
        filters.AddRange(states.Select(state => new PeerFilter(State: state)));
        filters.AddRange(
            from locale in Enum.GetValues<LocaleClass>()
            from band in Enum.GetValues<SizeBand>()
            select new PeerFilter(locale, band));

        var groups = filters
            .Select(filter => new MemberSet(filter.Apply(population).Select(c => c.DistrictId)))
            .Where(group => group.Count >= Floor.K)
            .Distinct()
            .Take(answered + 1)
            .Select(AnsweredGroup.AllHidden)
            .ToArray();
        return groups.Length == answered + 1
            ? (groups[..answered], groups[answered])
            : throw new InvalidOperationException($"Only {groups.Length} distinct peer groups for {answered + 1}.");
    }
}
