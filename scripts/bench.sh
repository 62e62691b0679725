#!/usr/bin/env bash
# The performance harness in one command: a Release build, then
#  1. the BenchmarkDotNet benchmarks of Insights' hot code (tests/Consortium.Benchmarks), each at
#     1,300 and 13,000 districts with the 1,300 case as baseline, so the Ratio column is the growth;
#  2. the end-to-end load generator (tests/Consortium.LoadGenerator): private servers, Insights
#     in-process, its read model seeded through RabbitMQ, then ingestion rate, freshness and
#     CompareTarget latency at both sizes with the ratio 13,000 / 1,300.
#  --front-door instead: the front-door load generator (tests/Consortium.FrontDoor) starts the whole
#     platform as scripts/start.sh does (fresh state folder, fixed ports, under /tmp/apphost.lock),
#     measures its cold start and idle memory, then drives it through gRPC with real tokens:
#     baselines (pgbench, redis-benchmark, an authenticated no-op), quiet reads, the submit path
#     and the window-close rush, at each size (--sizes 1300,13000), and writes
#     artifacts/performance/front-door-latest.md (docs/performance/front-door.md is a measured copy).
# Results go to artifacts/performance/ (not committed); docs/performance/insights.md is a measured copy.
# Usage: scripts/bench.sh [--benchmarks-only | --load-only] [load generator options, e.g. --calls 200]
#        scripts/bench.sh --front-door [--sizes 1300,13000] [--seconds 20] [--readers 4] [--writers 4] [--trace-sample-ratio 0.1 (default; 1 keeps every trace)]
# BENCH_JOB picks the BenchmarkDotNet job (default: short; "default" for the full, slower one).
set -euo pipefail
cd "$(dirname "$0")/.."

run_benchmarks=true run_load=true
if [[ ${1:-} == --front-door ]]; then
  shift
  scripts/install-prerequisites.sh
  dotnet build AppHost/Consortium.AppHost.csproj -c Release
  dotnet build tests/Consortium.FrontDoor/Consortium.FrontDoor.csproj -c Release
  mkdir -p artifacts/performance
  # The platform takes the fixed ports the AppHost end-to-end tests also use: one at a time.
  exec flock /tmp/apphost.lock dotnet tests/Consortium.FrontDoor/bin/Release/net10.0/Consortium.FrontDoor.dll \
    --start --output artifacts/performance/front-door-latest.md "$@"
fi
case "${1:-}" in
  --benchmarks-only) run_load=false; shift ;;
  --load-only) run_benchmarks=false; shift ;;
esac

output=artifacts/performance
mkdir -p "$output"

scripts/install-prerequisites.sh
dotnet build tests/Consortium.Benchmarks/Consortium.Benchmarks.csproj -c Release
dotnet build tests/Consortium.LoadGenerator/Consortium.LoadGenerator.csproj -c Release

if $run_benchmarks; then
  job=${BENCH_JOB:-short}
  job_arguments=()
  [[ $job == default ]] || job_arguments=(--job "$job")
  rm -rf "$output/benchmarks"
  dotnet tests/Consortium.Benchmarks/bin/Release/net10.0/Consortium.Benchmarks.dll \
    --filter '*' "${job_arguments[@]}" --artifacts "$output/benchmarks"
  cat "$output"/benchmarks/results/*-report-github.md > "$output/benchmarks-latest.md"
  echo "Benchmarks: $output/benchmarks-latest.md"
fi

if $run_load; then
  dotnet tests/Consortium.LoadGenerator/bin/Release/net10.0/Consortium.LoadGenerator.dll \
    --output "$output/insights-latest.md" "$@"
  echo "Load generator: $output/insights-latest.md"
fi
