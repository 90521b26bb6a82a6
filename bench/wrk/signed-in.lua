-- The signed-in pages' bench (bench/wrk/signed-in.sh): every connection is its own person. Run with as many threads as
-- connections (-t16 -c16), so that each thread holds one connection and sends one session cookie: the line of
-- $SIGNED_IN_COOKIES (written by `AllJapanTokyo.Bench signed-in-sessions`) numbered like the thread. Without that
-- variable it sends no cookie (the /health/live baseline of the same run). Any answer other than 200 — a redirect to
-- the sign-in page included, which wrk itself would count as a success — is counted and reported as an error, and
-- done() prints the 95th percentile, which wrk's --latency table leaves out.
local cookies = {}
local threads = {}
local file = os.getenv("SIGNED_IN_COOKIES")
if file and file ~= "" then
  for line in io.lines(file) do cookies[#cookies + 1] = line end
end

function setup(thread)
  threads[#threads + 1] = thread
  if #cookies > 0 then
    thread:set("cookie", cookies[(#threads - 1) % #cookies + 1])
  end
end

function init(args)
  bad = 0
  local headers = {}
  if cookie then headers["Cookie"] = cookie end
  req = wrk.format("GET", nil, headers)
end

function request()
  return req
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local errors = 0
  for _, thread in ipairs(threads) do errors = errors + thread:get("bad") end
  io.write(string.format("p95: %.2fms\n", latency:percentile(95) / 1000))
  io.write(string.format("answers other than 200: %d\n", errors))
end
