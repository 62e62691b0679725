using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Consortium.Benchmarks.Population;
using Consortium.Insights.Domain.Peers;

namespace Consortium.Benchmarks;

/// <summary>
/// Context-matched peers: standardising the member population (done once per population change)
/// and ranking every member against the caller to take the k most similar (done per request
/// unless cached).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PeerSimilarityBenchmarks
{
    /// <summary>A peer group a district lead asks for: the 20 most similar members.</summary>
    private const int PeerCount = 20;

    private Scale _small = null!;
    private Scale _large = null!;
    private PeerSimilarity _smallSimilarity = null!;
    private PeerSimilarity _largeSimilarity = null!;

    [GlobalSetup]
    public void Setup()
    {
        _small = Scale.Of(SyntheticConsortium.Small);
        _large = Scale.Of(SyntheticConsortium.Large);
        _smallSimilarity = new PeerSimilarity(_small.Contexts, SimilarityWeights.Equal);
        _largeSimilarity = new PeerSimilarity(_large.Contexts, SimilarityWeights.Equal);
    }

    [Benchmark(Baseline = true, Description = "new PeerSimilarity, 1,300 districts")]
    [BenchmarkCategory("PeerSimilarity construction")]
    public PeerSimilarity Construct_1300() => new(_small.Contexts, SimilarityWeights.Equal);

    [Benchmark(Description = "new PeerSimilarity, 13,000 districts")]
    [BenchmarkCategory("PeerSimilarity construction")]
    public PeerSimilarity Construct_13000() => new(_large.Contexts, SimilarityWeights.Equal);

    [Benchmark(Baseline = true, Description = "MostSimilar(20), 1,300 districts")]
    [BenchmarkCategory("MostSimilar")]
    public IReadOnlyList<PeerMatch> MostSimilar_1300() => _smallSimilarity.MostSimilar(_small.OwnContext, PeerCount);

    [Benchmark(Description = "MostSimilar(20), 13,000 districts")]
    [BenchmarkCategory("MostSimilar")]
    public IReadOnlyList<PeerMatch> MostSimilar_13000() => _largeSimilarity.MostSimilar(_large.OwnContext, PeerCount);
}
