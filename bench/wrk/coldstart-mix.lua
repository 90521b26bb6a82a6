-- The first 30 s after a start (bench/wrk/coldstart.sh): the four pages visitors meet first, in turn on each connection.
--   wrk -t2 -c16 -d30s --latency -s bench/wrk/coldstart-mix.lua http://127.0.0.1:5090
local paths = { "/reports/2020", "/", "/dashboard?fy=2020", "/procurement?q=%E6%B8%85%E6%8E%83" }
local next_path = 0

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
