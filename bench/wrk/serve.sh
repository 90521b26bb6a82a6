# Sourced by measure.sh and signed-in.sh from the repository root, with $port set: serves the portal as every
# benchmark does (the bench program's `serve`, BenchPortal.cs; KEEP_DATA=1 reuses bench/wrk/.data, BENCH_DATABASE=postgresql
# serves it on PostgreSQL) and returns once /health/ready answers. Sets $data (the folder) and $server (the bench
# program's process id, stopped with the portal on exit).
# BENCH_DATA names another folder (two runs at once, e.g. SQLite and PostgreSQL, each with its own console log).
data="${BENCH_DATA:-$PWD/bench/wrk/.data}"
# The portal is served by the bench program's `serve` (BenchPortal.cs): the same configuration as every other benchmark.
dotnet build bench/AllJapanTokyo.Bench -c Release -v q -nologo >/dev/null
keep=(); [ "${KEEP_DATA:-0}" = 1 ] && keep=(--keep-data)
dotnet bench/AllJapanTokyo.Bench/bin/Release/net10.0/AllJapanTokyo.Bench.dll serve "$data" "$port" "${keep[@]}" &
server=$!
# The portal is the bench program's child; stop it too if the bench program is stopped before it serves.
trap 'children=$(pgrep -P $server || true); kill $server $children 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 1800); do
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || break
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the portal did not start; see $data/portal-console.log" >&2; exit 1; }

