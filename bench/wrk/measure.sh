#!/usr/bin/env bash
# Serves the portal as it ships (Release build, SQLite, the large demonstration volume: BenchPortal.cs) and measures
# each given path with wrk, one after the other in one run, after /health/live as the baseline.
#   bench/wrk/measure.sh '/dashboard?fy=2020' '/reports/2020' lua:bench/wrk/search-mix.lua
#   bench/wrk/measure.sh                      # the whole set; BENCH_DATABASE=postgresql bench/wrk/measure.sh on PostgreSQL
# A `lua:<script>` argument runs wrk with that script (its own paths, e.g. thousands of distinct searches) on the root.
# Environment: CONNECTIONS (16), THREADS (2), DURATION (20s), PORT (5090), WARMUP (5s per path), KEEP_DATA=1 to reuse
# the database between runs (bench/wrk/.data), ENCODING (e.g. `br` or `gzip`: sent as Accept-Encoding, as browsers do),
# BENCH_DATABASE=postgresql (the portal on PostgreSQL: BenchPortal.cs). Output: one wrk report per path, then a summary
# table with the load average at the end of each run, and the portal's resident memory after the last. CPU=1 adds the
# portal process's CPU time per completed request of each run (user + system, in ms): on a shared, loaded machine the
# figure that moves least between runs.
# Without paths it runs the whole set of issue 18 (bench/README.md): the cold start on /reports/2020, the search and
# dashboard mixes, the repeated public pages in several languages beside bootstrap's script, and the memory after them.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -eq 0 ]; then
  set -- lua:bench/wrk/search-mix.lua lua:bench/wrk/dashboard-mix.lua / '/dashboard?fy=2020' '/reports/2020' \
    /en/ '/zh-hans/dashboard?fy=2020' /ko/reports/2020 /lib/bootstrap/dist/js/bootstrap.bundle.min.js
  COLD="${COLD:-/reports/2020}"
fi
connections="${CONNECTIONS:-16}"; threads="${THREADS:-2}"; duration="${DURATION:-20s}"; port="${PORT:-5090}"
warmup="${WARMUP:-5s}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

# Serves the portal (BenchPortal.cs) and waits until it is ready: sets $data, $port and $server.
source bench/wrk/serve.sh

report="$data/summary.tsv"
portal_pid() { pgrep -P $server -f AllJapanTokyo.Web.dll | head -1 || true; }
cpu_ticks() { local pid; pid=$(portal_pid); [ -n "$pid" ] && awk '{print $14 + $15}' "/proc/$pid/stat" || echo 0; }
cpu_column=""; [ "${CPU:-0}" = 1 ] && cpu_column=$'\tCPU ms/request'
printf 'path\trequests/s\tp50\tp99\terrors\tload average%s\n' "$cpu_column" >"$report"
headers=(); [ -n "${ENCODING:-}" ] && headers=(-H "Accept-Encoding: $ENCODING")
if [ -n "${COLD:-}" ]; then
  # COLD=<path>: the first 30 s after /health/ready, on that path, before anything else has warmed the portal up.
  out=$(wrk -t"$threads" -c"$connections" -d30s --latency "${headers[@]}" "http://127.0.0.1:$port$COLD")
  echo "== cold $COLD (the first 30 s after start)"; echo "$out"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "cold $COLD" "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")" "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")" "$(awk '/Non-2xx or 3xx/ {s += $NF} END {print s + 0}' <<<"$out")" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$report"
fi
for path in /health/live "$@"; do
  script=()
  if [[ "$path" == lua:* ]]; then
    script=(-s "${path#lua:}"); url="http://127.0.0.1:$port/"
  else
    url="http://127.0.0.1:$port$path"
  fi
  wrk -t"$threads" -c"$connections" -d"$warmup" "${headers[@]}" "${script[@]}" "$url" >/dev/null
  ticks=$(cpu_ticks)
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "${headers[@]}" "${script[@]}" "$url")
  ticks=$(( $(cpu_ticks) - ticks ))
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "== $path"; echo "$out"
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  # wrk counts socket errors and non-2xx/3xx answers separately; both are errors here.
  errors=$(awk '/Socket errors/ {gsub(",", ""); s += $4 + $6 + $8 + $10} /Non-2xx or 3xx/ {s += $NF} END {print s + 0}' <<<"$out")
  cpu=""
  if [ "${CPU:-0}" = 1 ]; then
    completed=$(awk '/requests in/ {print $1}' <<<"$out")
    # The condition in parentheses: awk reads `printf …, n > 0 …` as printing into a file named by what follows `>`
    # (the column stayed empty and a file "0" appeared in the working directory).
    cpu=$'\t'$(awk -v t="$ticks" -v n="$completed" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.3f", (n > 0 ? t * 1000 / hz / n : 0)}')
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s%s\n' "$path" "$rps" "$p50" "$p99" "$errors" "$load" "$cpu" >>"$report"
done
portal=$(portal_pid)
rss=$([ -n "$portal" ] && awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$portal/status" || echo "unknown")
echo; echo "== summary ($connections connections, $duration each, $(nproc) cores, ${BENCH_DATABASE:-sqlite}, Accept-Encoding: ${ENCODING:-none}, $(date -u '+%Y-%m-%d %H:%M UTC'))"
column -t -s$'\t' "$report"
echo "portal resident memory after the runs: $rss"
