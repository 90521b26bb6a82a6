#!/usr/bin/env bash
# The first 30 s after a start (bench/README.md, "The first 30 seconds after a start"): starts the portal from a build
# published beforehand on the data bench/wrk/.data already holds (run measure.sh once first), and from the moment
# /health/ready answers runs wrk for 30 s on /reports/2020, /, /dashboard?fy=2020 and /procurement?q=清掃 in turn
# (coldstart-mix.lua) while curl asks each of the four pages once (the time of its first answer). Each variant is
# `label=app-folder` with optional environment settings after it, separated by commas; the variants alternate within
# each of RUNS rounds (3), so that the other work on a shared machine falls on all of them alike.
#   bench/wrk/coldstart.sh 'warm-up=/tmp/app' 'no-warm-up=/tmp/app,WarmUp__Enabled=false' 'r2r=/tmp/app-r2r'
# Environment: RUNS (3), PORT (5090), CONNECTIONS (16), THREADS (2), BENCH_DATABASE as for measure.sh. Prints one line a
# run and writes them to bench/wrk/.data/coldstart-$PORT.tsv (two batches at once on two ports keep their own files).
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${PORT:-5090}"; runs="${RUNS:-3}"; connections="${CONNECTIONS:-16}"; threads="${THREADS:-2}"
data="$PWD/bench/wrk/.data"
[ -f "$data/bench.db" ] || [ -n "${BENCH_DATABASE:-}" ] || { echo "no data in $data: run bench/wrk/measure.sh once first" >&2; exit 2; }
dotnet build bench/AllJapanTokyo.Bench -c Release -v q -nologo >/dev/null
bench=bench/AllJapanTokyo.Bench/bin/Release/net10.0/AllJapanTokyo.Bench.dll
base="http://127.0.0.1:$port"
pages=(/reports/2020 / '/dashboard?fy=2020' '/procurement?q=%E6%B8%85%E6%8E%83')
report="$data/coldstart-$port.tsv"
printf 'variant\trun\tready after (s)\tfirst answers (s): reports, home, dashboard, search\trequests/s\tp50\tp99\terrors\tload average\n' >"$report"
server=""
trap '[ -n "$server" ] && { kill $server $(pgrep -P $server || true) 2>/dev/null || true; wait $server 2>/dev/null || true; }' EXIT
for run in $(seq 1 "$runs"); do
  for variant in "$@"; do
    label="${variant%%=*}"; spec="${variant#*=}"; app="${spec%%,*}"
    settings=(); [ "$spec" != "$app" ] && IFS=, read -ra settings <<<"${spec#*,}"
    started=$(date +%s.%N)
    env BENCH_APP="$app" "${settings[@]}" dotnet "$bench" serve "$data" "$port" --keep-data >>"$data/coldstart-serve.log" 2>&1 &
    server=$!
    until curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; do
      kill -0 $server 2>/dev/null || { echo "the portal did not start; see $data/portal-console.log" >&2; exit 1; }
      sleep 0.1
    done
    ready=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
    firsts=()
    for page in "${pages[@]}"; do
      curl -sS -o /dev/null -w '%{time_total}' "$base$page" >"$data/first-$port-$run-${#firsts[@]}.txt" &
      firsts+=($!)
    done
    out=$(wrk -t"$threads" -c"$connections" -d30s --latency -s bench/wrk/coldstart-mix.lua "$base")
    wait "${firsts[@]}"
    first=$(for i in 0 1 2 3; do printf '%.2f ' "$(cat "$data/first-$port-$run-$i.txt")"; done)
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    kill $server $(pgrep -P $server || true) 2>/dev/null || true; wait $server 2>/dev/null || true; server=""
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Socket errors/ {gsub(",", ""); s += $4 + $6 + $8 + $10} /Non-2xx or 3xx/ {s += $NF} END {print s + 0}' <<<"$out")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$run" "$ready" "$first" "$rps" "$p50" "$p99" "$errors" "$load" | tee -a "$report"
  done
done
echo; echo "== the first 30 s after a start ($connections connections, $(nproc) cores, ${BENCH_DATABASE:-sqlite}, $(date -u '+%Y-%m-%d %H:%M UTC'))"
column -t -s$'\t' "$report"
