#!/usr/bin/env bash
# Two portal instances (Release build) on one PostgreSQL database behind nginx, and the faults they must survive:
# sessions and forms crossing instances, an approval seen by the other one, an instance killed under load, PostgreSQL
# stopped for 15 seconds under load, alerts mailed once with both workers running. Prints PASS/FAIL per check with its
# figures (bench/README.md keeps them); exits non-zero if any check fails.
# Needs, as root on Debian: PostgreSQL running (its cluster is stopped and started by the drill), nginx, wrk.
#   deploy/two-instances.sh [kill-run-seconds=60]
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in nginx wrk pg_ctlcluster; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y nginx wrk postgresql" >&2; exit 2; }
done
dotnet build bench/AllJapanTokyo.Bench -c Release -v q -nologo >/dev/null
dotnet bench/AllJapanTokyo.Bench/bin/Release/net10.0/AllJapanTokyo.Bench.dll two-instances "${1:-60}"
