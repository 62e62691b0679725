#!/usr/bin/env bash
# The one command that runs every test: prerequisites, one Release build of the solution, every
# test project, then a single summary line summed over all projects from the TRX files, e.g.
#   tests: 12 passed, 0 failed, 1 skipped
# (CI reads that line). Extra arguments go to dotnet test, e.g. scripts/test.sh --filter Postgres
set -euo pipefail
# Nothing leaves the machine unasked: the .NET CLI's usage reports (sent on every build, run and
# test) and its first-run banner are off (ADR 22).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cd "$(dirname "$0")/.."

results_directory=TestResults

scripts/install-prerequisites.sh

# Old results would be counted again.
rm -rf "$results_directory"

if ! dotnet build Consortium.sln -c Release; then
  echo "The build failed; no tests were run." >&2
  exit 1
fi

# Each project writes its own TRX file: the prefix gets the framework and a unique timestamp
# appended, whereas a fixed LogFileName makes every project overwrite the same file.
# A test hanging for 15 minutes is killed rather than holding CI forever; no dump is needed.
test_exit_code=0
run_tests() {
  dotnet test "$@" -c Release --no-build \
    --results-directory "$results_directory" \
    --logger "trx;LogFilePrefix=results" \
    --blame-hang-timeout 15m --blame-hang-dump-type none || test_exit_code=$?
}

if (( $# > 0 )); then
  run_tests Consortium.sln "$@"
else
  # The end-to-end tests start the whole platform; they run after the other projects (which run
  # in parallel), so they measure the platform rather than a machine busy with ten other servers.
  run_tests Consortium.sln --filter "FullyQualifiedName!~Consortium.AppHost.Tests"
  run_tests tests/Consortium.AppHost.Tests/Consortium.AppHost.Tests.csproj
fi

# Reads one attribute of a TRX file's <Counters .../> element (0 when absent).
counter() {
  local value
  value=$(grep -o '<Counters [^>]*>' "$2" | head -n 1 | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" || true)
  echo "${value:-0}"
}

trx_files=()
while IFS= read -r -d '' trx; do trx_files+=("$trx"); done < <(find "$results_directory" -name '*.trx' -print0 2> /dev/null)
if (( ${#trx_files[@]} == 0 )); then
  echo "No test results (TRX files) were produced; dotnet test exited with code $test_exit_code." >&2
  exit 1
fi

total=0 passed=0 failed=0
for trx in "${trx_files[@]}"; do
  total=$(( total + $(counter total "$trx") ))
  passed=$(( passed + $(counter passed "$trx") ))
  # Errors, timeouts and aborts are failures too.
  failed=$(( failed + $(counter failed "$trx") + $(counter error "$trx") + $(counter timeout "$trx") + $(counter aborted "$trx") ))
done
# The TRX logger leaves skipped tests out of "executed" but does not count them as notExecuted:
# whatever neither passed nor failed was skipped.
skipped=$(( total - passed - failed ))

if (( test_exit_code != 0 && failed == 0 )); then
  echo "dotnet test exited with code $test_exit_code (a test host crashed or was killed)." >&2
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
(( failed == 0 && test_exit_code == 0 ))
