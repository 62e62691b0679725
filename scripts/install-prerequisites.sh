#!/usr/bin/env bash
# Makes sure this machine can build and test the platform: the .NET SDK, and PostgreSQL, RabbitMQ,
# Redis and Chromium (the browser tests drive it; Playwright downloads no browser) from Debian's packages. Only what is missing gets installed. Nothing is started here:
# the AppHost and the tests run private instances of the servers on ports of their own, so a
# system-wide service that Debian may start alongside is harmless and never used.
set -euo pipefail

# The binaries the code runs (AppHost/Hosting/Servers/ServerBinaries.cs), each with its package.
missing_packages=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' > /dev/null || missing_packages+=(postgresql)
[[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || missing_packages+=(rabbitmq-server)
command -v redis-server > /dev/null || missing_packages+=(redis-server)
# The browser tests (tests/Consortium.AppHost.Tests/Browser) launch /usr/bin/chromium.
[[ -x /usr/bin/chromium ]] || missing_packages+=(chromium)
# The front-door benchmark's baselines (scripts/bench.sh --front-door): pgbench comes with the
# PostgreSQL server package (postgresql-15 on Debian 12), redis-benchmark with redis-tools.
compgen -G '/usr/lib/postgresql/*/bin/pgbench' > /dev/null || missing_packages+=(postgresql)
command -v redis-benchmark > /dev/null || missing_packages+=(redis-tools)

install_packages() {
  # Non-interactive, without recommended extras: we need the servers and the browser, not their tooling.
  "$@" apt-get update
  DEBIAN_FRONTEND=noninteractive "$@" apt-get install -y --no-install-recommends "${missing_packages[@]}"
}

if (( ${#missing_packages[@]} > 0 )); then
  echo "Installing missing Debian packages: ${missing_packages[*]}"
  if (( EUID == 0 )); then
    install_packages
  elif command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
    install_packages sudo
  else
    echo "Missing Debian packages: ${missing_packages[*]}" >&2
    echo "Install them as root with:" >&2
    echo "  apt-get update && apt-get install -y ${missing_packages[*]}" >&2
    exit 1
  fi
fi

# The SDK is not a Debian package; global.json pins the 10.0 feature band.
if ! command -v dotnet > /dev/null; then
  echo "The .NET SDK is not installed: install .NET SDK 10 (https://dot.net), then run this again." >&2
  exit 1
fi
if ! dotnet --list-sdks | grep -q '^10\.'; then
  echo "The .NET SDK 10 is required (found: $(dotnet --list-sdks | cut -d' ' -f1 | tr '\n' ' '))." >&2
  exit 1
fi

echo "Prerequisites present: .NET SDK 10, PostgreSQL, RabbitMQ and Redis."
