#!/usr/bin/env bash
# The one command that starts the whole platform with demo data: prerequisites, then the .NET
# Aspire app host, which starts private PostgreSQL, RabbitMQ and Redis (from Debian's packages, or
# containers where a container runtime answers), every service, the demo loader and the Aspire
# dashboard. Ctrl+C stops everything; data stays in .state/.
# Options: --no-demo (start without loading the demo consortium); anything else goes to the app
# host as configuration, e.g. --Consortium:StateDirectory=/srv/consortium
set -euo pipefail
cd "$(dirname "$0")/.."
# Nothing leaves the machine unasked: the .NET CLI's usage reports (sent on every build, run and
# test) and its first-run banner are off (ADR 22).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

arguments=()
for argument in "$@"; do
  case "$argument" in
    --no-demo) arguments+=(--Consortium:LoadDemo=false) ;;
    *) arguments+=("$argument") ;;
  esac
done

scripts/install-prerequisites.sh
exec dotnet run --project AppHost -- "${arguments[@]}"
