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

# Built, then run as its own executable with the environment of its launch profile (the "http"
# profile of AppHost/Properties/launchSettings.json, as `dotnet run` would apply it): `dotnet run`
# would stay resident beside it for nothing (some 75 MB; ADR 33).
dotnet build AppHost --nologo -v quiet
launch_settings=AppHost/Properties/launchSettings.json
while IFS= read -r variable; do
  export "${variable?}"
done < <(sed -n '/"environmentVariables"/,/}/s/^ *"\([A-Za-z0-9_]*\)": *"\(.*\)",\{0,1\} *$/\1=\2/p' "$launch_settings")
ASPNETCORE_URLS=$(sed -n 's/^ *"applicationUrl": *"\(.*\)",\{0,1\} *$/\1/p' "$launch_settings")
export ASPNETCORE_URLS
exec AppHost/bin/Debug/net10.0/Consortium.AppHost "${arguments[@]}"
