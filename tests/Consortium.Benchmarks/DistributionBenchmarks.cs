using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Consortium.Benchmarks.Population;
using Consortium.Insights.Domain.Statistics;
using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.Benchmarks;

/// <summary>
/// What an "all members" comparison computes per request once it has read the precomputed
/// distribution row: the five-number summary and mean, and the caller's position. Both run over
/// the row's values (one per contributing district), never over submissions.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class DistributionBenchmarks
{
    private Scale _small = null!;
    private Scale _large = null!;
    private Distribution _smallDistribution = null!;
    private Distribution _largeDistribution = null!;

    [GlobalSetup]
    public void Setup()
    {
        _small = Scale.Of(SyntheticConsortium.Small);
        _large = Scale.Of(SyntheticConsortium.Large);
        _smallDistribution = Distribution.Continuous(_small.SortedValues);
        _largeDistribution = Distribution.Continuous(_large.SortedValues);
    }

    [Benchmark(Baseline = true, Description = "Distribution.Continuous, 1,300 districts")]
    [BenchmarkCategory("Distribution build")]
    public Distribution Build_1300() => Distribution.Continuous(_small.SortedValues);

    [Benchmark(Description = "Distribution.Continuous, 13,000 districts")]
    [BenchmarkCategory("Distribution build")]
    public Distribution Build_13000() => Distribution.Continuous(_large.SortedValues);

    [Benchmark(Baseline = true, Description = "PositionOf, 1,300 districts")]
    [BenchmarkCategory("PositionOf")]
    public Position PositionOf_1300() => _smallDistribution.PositionOf(_small.OwnValue, Direction.HigherIsBetter);

    [Benchmark(Description = "PositionOf, 13,000 districts")]
    [BenchmarkCategory("PositionOf")]
    public Position PositionOf_13000() => _largeDistribution.PositionOf(_large.OwnValue, Direction.HigherIsBetter);
}
