-- The dashboard as readers browse it, in the four languages: a random fiscal year × indicator × view (map/bars) × sort
-- × highlighted prefecture (or none). 4 × 6 × 3 × 2 × 2 × 48 = 13,824 distinct URLs.
--   wrk -t2 -c16 -d20s -s bench/wrk/dashboard-mix.lua http://127.0.0.1:5090
local languages = { "", "/en", "/zh-hans", "/ko" }
local indicators = { "initiatives", "events", "2-4:business_meetings" }
local views = { "map", "bars" }
local sorts = { "code", "value" }

dofile("bench/wrk/common.lua")

function request()
  local path = languages[math.random(#languages)] .. "/dashboard?fy=" .. math.random(2015, 2020)
    .. "&indicator=" .. encode(indicators[math.random(#indicators)])
    .. "&view=" .. views[math.random(#views)]
    .. "&sort=" .. sorts[math.random(#sorts)]
  local h = math.random(0, 47)
  if h > 0 then path = path .. string.format("&highlight=%02d", h) end
  return wrk.format("GET", path)
end
