#!/usr/bin/env bash
# The one command that starts the whole platform with demo data: prerequisites, then the AppHost,
# which starts private PostgreSQL, RabbitMQ and Redis, every service, and loads the demo
# consortium through the public APIs. Ctrl+C stops everything; data stays in .state/.
# Extra arguments go to the AppHost, e.g. scripts/start.sh --free-ports
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-prerequisites.sh
exec dotnet run --project AppHost -- --demo "$@"
