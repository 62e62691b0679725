using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Consortium.Benchmarks.Population;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.ReadModel;

namespace Consortium.Benchmarks;

/// <summary>
/// The in-process work of applying one acceptance to the read model, per target, at 1,300 and
/// 13,000 districts. <b>Before</b> (ADR 10–13, kept here as it was so both run side by side): the
/// consumer read the target's values of every counting district and recomputed the distribution
/// row by sorting them and comparing with what the row held (then wrote the whole array back).
/// <b>After</b> (ADR 21): the projection rule derives the district's contributions from its
/// accepted submissions and the changes to what it holds (<see cref="ContributionRules"/>); the
/// changed rows are written and the target's ordered index does the rest. Each call is a real
/// change: it alternates between the values without and with one more district (before), or
/// between two revisions of the district's value (after). The database half is measured end to
/// end by the load generator's ingestion rate.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AcceptanceBenchmarks
{
    private FullRecompute _smallBefore = null!;
    private FullRecompute _largeBefore = null!;
    private ProjectionRule _smallAfter = null!;
    private ProjectionRule _largeAfter = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (small, large) = (Scale.Of(SyntheticConsortium.Small), Scale.Of(SyntheticConsortium.Large));
        (_smallBefore, _largeBefore) = (new FullRecompute(small), new FullRecompute(large));
        (_smallAfter, _largeAfter) = (new ProjectionRule(small), new ProjectionRule(large));
    }

    [Benchmark(Baseline = true, Description = "before: recompute the target's distribution from all values, 1,300 districts")]
    [BenchmarkCategory("Apply one acceptance, before")]
    public bool Before_1300() => _smallBefore.Next();

    [Benchmark(Description = "before: recompute the target's distribution from all values, 13,000 districts")]
    [BenchmarkCategory("Apply one acceptance, before")]
    public bool Before_13000() => _largeBefore.Next();

    [Benchmark(Baseline = true, Description = "after: the projection rule's changes for the district, 1,300 districts")]
    [BenchmarkCategory("Apply one acceptance, after")]
    public int After_1300() => _smallAfter.Next();

    [Benchmark(Description = "after: the projection rule's changes for the district, 13,000 districts")]
    [BenchmarkCategory("Apply one acceptance, after")]
    public int After_13000() => _largeAfter.Next();

    /// <summary>What <c>TargetDistributionRow.Recompute</c> did per accepted value and target (removed by ADR 21).</summary>
    private sealed class FullRecompute
    {
        private readonly decimal[] _before;
        private readonly decimal[] _after;
        private decimal[] _held;
        private bool _withNewcomer;

        public FullRecompute(Scale scale)
        {
            // Unsorted, as the consumer read them; the newcomer is a district that had not submitted yet.
            _after = [.. scale.Districts.Where(d => d.Submits).Select(d => SyntheticConsortium.PercentageValue(d))];
            _before = _after[..^1];
            _held = [.. _before.Order()];
        }

        public bool Next()
        {
            _withNewcomer = !_withNewcomer;
            var sorted = (_withNewcomer ? _after : _before).Order().ToArray();
            if (_held.SequenceEqual(sorted))
            {
                return false;
            }

            _held = sorted;
            return true;
        }
    }

    /// <summary>One district revising its accepted value: what the consumer computes now, whatever the consortium's size.</summary>
    private sealed class ProjectionRule
    {
        private static readonly IReadOnlySet<Guid> NoText = new HashSet<Guid>();
        private readonly AcceptedSubmission[] _revisions;
        private IReadOnlyDictionary<Guid, Contribution> _held;
        private int _next;

        public ProjectionRule(Scale scale)
        {
            var district = scale.Districts.First(d => d.Submits);
            var targets = Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()).ToArray();
            var value = SyntheticConsortium.PercentageValue(district);
            _revisions =
            [
                Revision(targets, value, DateTimeOffset.UnixEpoch),
                Revision(targets, value + 1, DateTimeOffset.UnixEpoch.AddDays(1)),
            ];
            _held = ContributionRules.Desired([_revisions[0]], NoText);
        }

        public int Next()
        {
            _next = 1 - _next;
            var desired = ContributionRules.Desired([_revisions[_next]], NoText);
            var changes = ContributionRules.Changes(_held, desired);
            _held = desired;
            return changes.Count;
        }

        private static AcceptedSubmission Revision(Guid[] targets, decimal value, DateTimeOffset acceptedAt) =>
            new(Guid.CreateVersion7(), acceptedAt, Visibility.Named, [.. targets.Select(t => new AnsweredTarget(t, "X", value))]);
    }
}
