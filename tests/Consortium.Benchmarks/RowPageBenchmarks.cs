using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Consortium.Benchmarks.Population;
using Consortium.Insights.Domain.Confidentiality;

namespace Consortium.Benchmarks;

/// <summary>
/// The rows part of an "all members" comparison for one district viewer: before, every
/// contributed value passed through <see cref="RowDisclosure"/> per request and one page of 50
/// was taken; now the rows are prepared once per read-model generation
/// (<see cref="PreparedRows"/>) and a request takes its page from them.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class RowPageBenchmarks
{
    private const int PageSize = 50;

    private Case _small = null!;
    private Case _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _small = Case.Of(SyntheticConsortium.Small);
        _large = Case.Of(SyntheticConsortium.Large);
    }

    [Benchmark(Baseline = true, Description = "RowDisclosure.For, then a page, 1,300 districts")]
    [BenchmarkCategory("Rows per request, walking every value")]
    public int Disclose_1300() => _small.DiscloseAndPage();

    [Benchmark(Description = "RowDisclosure.For, then a page, 13,000 districts")]
    [BenchmarkCategory("Rows per request, walking every value")]
    public int Disclose_13000() => _large.DiscloseAndPage();

    [Benchmark(Baseline = true, Description = "PreparedRows.For, then a page, 1,300 districts")]
    [BenchmarkCategory("Rows per request, prepared")]
    public int Prepared_1300() => _small.PreparedPage();

    [Benchmark(Description = "PreparedRows.For, then a page, 13,000 districts")]
    [BenchmarkCategory("Rows per request, prepared")]
    public int Prepared_13000() => _large.PreparedPage();

    private sealed class Case
    {
        private readonly List<ContributedValue> _values;
        private readonly PreparedRows _prepared;
        private readonly Viewer _viewer;

        private Case(int districts)
        {
            var floor = new SuppressionFloor();
            _values = [.. SyntheticConsortium.Districts(districts).Where(d => d.Submits).Select(d => new ContributedValue(
                d.Id, d.Name, d.NcesLeaId, d.Enrollment, (Visibility)(int)d.Sharing, SyntheticConsortium.PercentageValue(d)))];
            _viewer = Viewer.OfDistrict(_values[_values.Count / 3].DistrictId);
            _prepared = new PreparedRows(_values, floor);
            _ = _prepared.For(_viewer); // rows are prepared lazily: the benchmark times requests, not the preparation
            Floor = floor;
        }

        private SuppressionFloor Floor { get; }

        public static Case Of(int districts) => new(districts);

        public int DiscloseAndPage() => RowDisclosure.For(_viewer, _values, Floor).Rows.Take(PageSize).Count();

        public int PreparedPage()
        {
            var (rows, _) = _prepared.For(_viewer);
            var taken = 0;
            for (var index = 0; index < rows.Count && index < PageSize; index++)
            {
                taken += rows[index].Row is null ? 0 : 1;
            }

            return taken;
        }
    }
}
