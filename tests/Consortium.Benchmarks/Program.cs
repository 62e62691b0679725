using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

// Every benchmark compares its 13,000-district case with its 1,300-district baseline in the same
// run, so the Ratio column says how the cost grows with the consortium, whatever the machine.
// Arguments go to BenchmarkDotNet, e.g. `--filter *Guard* --job short` (scripts/bench.sh).
var config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(CategoriesColumn.Default)
    .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared))
    .WithOptions(ConfigOptions.JoinSummary)
    // BenchmarkDotNet builds a project of its own per run; on a busy two-core machine that takes
    // longer than its two-minute default.
    .WithBuildTimeout(TimeSpan.FromMinutes(15));

BenchmarkSwitcher.FromAssembly(typeof(Consortium.Benchmarks.Scale).Assembly).Run(args, config);
