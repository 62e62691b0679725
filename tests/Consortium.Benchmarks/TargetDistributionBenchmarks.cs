using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Consortium.Benchmarks.Population;
using Consortium.Insights.Data.ReadModel;
using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.Benchmarks;

/// <summary>
/// The in-memory half of keeping a target's precomputed distribution when one more district's
/// value is accepted: the consumer reads the target's values of the districts that count (in
/// index order, not value order) and <see cref="TargetDistributionRow.Recompute"/> sorts them
/// and compares them with what the row held. Each call alternates between the values without
/// and with one more district, so every call is a real change. The database half (reading the
/// values, writing the array) is measured end to end by the load generator's ingestion rate.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class TargetDistributionBenchmarks
{
    private static readonly Guid CycleId = Guid.CreateVersion7();

    private Recomputation _small = null!;
    private Recomputation _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _small = new Recomputation(Scale.Of(SyntheticConsortium.Small));
        _large = new Recomputation(Scale.Of(SyntheticConsortium.Large));
    }

    [Benchmark(Baseline = true, Description = "TargetDistributionRow.Recompute, 1,300 districts")]
    [BenchmarkCategory("Target distribution recompute")]
    public bool Recompute_1300() => _small.Next();

    [Benchmark(Description = "TargetDistributionRow.Recompute, 13,000 districts")]
    [BenchmarkCategory("Target distribution recompute")]
    public bool Recompute_13000() => _large.Next();

    private sealed class Recomputation
    {
        private readonly decimal[] _before;
        private readonly decimal[] _after;
        private readonly TargetDistributionRow _row = new() { TargetId = Guid.CreateVersion7() };
        private bool _withNewcomer;

        public Recomputation(Scale scale)
        {
            // Unsorted, as the consumer reads them; the newcomer is a district that had not submitted yet.
            _after = [.. scale.Districts.Where(d => d.Submits).Select(d => SyntheticConsortium.PercentageValue(d))];
            _before = _after[..^1];
            _row.Recompute(CycleId, MeasureType.Percentage, _before, DateTimeOffset.UnixEpoch);
        }

        public bool Next()
        {
            _withNewcomer = !_withNewcomer;
            return _row.Recompute(CycleId, MeasureType.Percentage, _withNewcomer ? _after : _before, DateTimeOffset.UnixEpoch);
        }
    }
}
