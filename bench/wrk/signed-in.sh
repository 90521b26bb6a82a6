#!/usr/bin/env bash
# The signed-in pages at 16 connections, each connection its own person (bench/README.md): serves the portal as
# measure.sh does (Release build, the large volume; BENCH_DATABASE=postgresql on PostgreSQL), adds 16 companies with 50
# bids each, 16 prefecture staff and 16 Tokyo officials (MFA) and signs each in once (`AllJapanTokyo.Bench
# signed-in-sessions`), then runs wrk with signed-in.lua on /health/live (no cookie) and on each page with its people's
# cookies, one thread per connection. Prints each wrk report and a summary table with p95 and the load average.
#   bench/wrk/signed-in.sh
# Environment: CONNECTIONS (16, also the threads), DURATION (20s), WARMUP (5s), PORT (5094), KEEP_DATA=1, BENCH_DATABASE,
# BENCH_POSTGRES_DATABASE, BENCH_REUSE_APP=1 (with KEEP_DATA=1: serve the build the previous run published).
set -euo pipefail
cd "$(dirname "$0")/../.."
connections="${CONNECTIONS:-16}"; duration="${DURATION:-20s}"; port="${PORT:-5094}"; warmup="${WARMUP:-5s}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

# Serves the portal (BenchPortal.cs) and waits until it is ready: sets $data, $port and $server.
source bench/wrk/serve.sh

dotnet bench/AllJapanTokyo.Bench/bin/Release/net10.0/AllJapanTokyo.Bench.dll signed-in-sessions "$data" "http://127.0.0.1:$port"

report="$data/signed-in-summary.tsv"
printf 'path\tpeople\trequests/s\tp50\tp95\tp99\terrors\tload average\n' >"$report"
for run in "/health/live:" "/procurement/mine:companies" "/reporting:prefecture-staff" "/reporting/completeness:officials"; do
  path="${run%%:*}"; people="${run#*:}"
  cookies=""; [ -n "$people" ] && cookies="$data/cookies-$people.txt"
  url="http://127.0.0.1:$port$path"
  SIGNED_IN_COOKIES="$cookies" wrk -t"$connections" -c"$connections" -d"$warmup" -s bench/wrk/signed-in.lua "$url" >/dev/null
  out=$(SIGNED_IN_COOKIES="$cookies" wrk -t"$connections" -c"$connections" -d"$duration" --latency -s bench/wrk/signed-in.lua "$url")
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "== $path (${people:-no cookie})"; echo "$out"
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p95=$(awk '$1 == "p95:" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Socket errors/ {gsub(",", ""); s += $4 + $6 + $8 + $10} /answers other than 200/ {s += $NF} END {print s + 0}' <<<"$out")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$path" "${people:--}" "$rps" "$p50" "$p95" "$p99" "$errors" "$load" >>"$report"
done
echo; echo "== summary ($connections connections each its own person, $duration each, $(nproc) cores, ${BENCH_DATABASE:-sqlite}, $(date -u '+%Y-%m-%d %H:%M UTC'))"
column -t -s$'\t' "$report"
