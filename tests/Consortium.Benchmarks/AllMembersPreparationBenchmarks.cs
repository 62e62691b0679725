using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Consortium.Benchmarks.Population;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Api;
using Consortium.Insights.Domain.Confidentiality;
using MeasureType = Consortium.ServiceDefaults.Domain.Measures.MeasureType;

namespace Consortium.Benchmarks;

/// <summary>
/// What one acceptance costs Insights during the window-close rush, when leaders keep asking: the
/// target's "all members" comparison prepared for its new generation, a district's first page of
/// rows from it and the key the differencing guard looks the group up by. Prepared anew from
/// every value (how every move was paid before ADR 39), and from the comparison before it.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AllMembersPreparationBenchmarks
{
    private Case _small = null!;
    private Case _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _small = new Case(SyntheticConsortium.Small);
        _large = new Case(SyntheticConsortium.Large);
    }

    [Benchmark(Baseline = true, Description = "prepared anew, 1,300 districts")]
    [BenchmarkCategory("Anew")]
    public int Anew_1300() => _small.Anew();

    [Benchmark(Description = "prepared anew, 13,000 districts")]
    [BenchmarkCategory("Anew")]
    public int Anew_13000() => _large.Anew();

    [Benchmark(Baseline = true, Description = "from the one before, 1,300 districts")]
    [BenchmarkCategory("From the one before")]
    public int FromBefore_1300() => _small.FromBefore();

    [Benchmark(Description = "from the one before, 13,000 districts")]
    [BenchmarkCategory("From the one before")]
    public int FromBefore_13000() => _large.FromBefore();

    private sealed class Case
    {
        private readonly SuppressionFloor _floor = new();
        private readonly int _members;
        private readonly LatestAllMembers _latest;
        private readonly List<Contributor> _afterChange;
        private readonly Contributor _changed;
        private readonly Viewer _viewer;

        public Case(int districts)
        {
            _members = districts;
            var contributors = SyntheticConsortium.Districts(districts).Where(d => d.Submits).Select(Contributor).ToList();
            var changing = contributors[contributors.Count / 2];
            _changed = changing with { Value = changing.Value + 1, SubmissionId = Guid.CreateVersion7(), AcceptedAt = changing.AcceptedAt.AddDays(1) };
            _afterChange = [.. contributors.Select(c => c.DistrictId == _changed.DistrictId ? _changed : c)];
            _viewer = Viewer.OfDistrict(contributors[contributors.Count / 3].DistrictId);
            var before = new PreparedComparison(GroupValues.Of(districts, contributors), MeasureType.Percentage, _floor);
            _ = before.Rows.For(_viewer); // as in the rush: leaders asked before the acceptance
            _latest = new LatestAllMembers("epoch", 1, 1, before, DateTimeOffset.UnixEpoch);
        }

        public int Anew() => Use(new PreparedComparison(GroupValues.Of(_members, _afterChange), MeasureType.Percentage, _floor));

        public int FromBefore() => Use(_latest.CaughtUp(2, [_changed.DistrictId], [_changed]).Prepared);

        private int Use(PreparedComparison prepared)
        {
            var (rows, _) = prepared.Rows.For(_viewer);
            return rows.Count + prepared.Contributions.Key.Length;
        }

        private static Contributor Contributor(SyntheticDistrict district) => new(
            district.Id,
            district.Name,
            district.NcesLeaId,
            district.Enrollment,
            (VisibilityV1)(int)district.Sharing,
            SharingPreferenceV1.Named,
            SyntheticConsortium.PercentageValue(district),
            Guid.CreateVersion7(),
            DateTimeOffset.UnixEpoch.AddDays(20_000));
    }
}
