-- The tender search as many visitors use it: a random keyword (two-character Japanese words, longer words, katakana,
-- Latin letters in either width, several words, no keyword), a random prefecture or none, a random category or none,
-- page 1 to 3. 24 keywords × 48 × 4 × 3 = 13,824 distinct URLs, so the page cache of one URL does not carry it.
--   wrk -t2 -c16 -d20s -s bench/wrk/search-mix.lua http://127.0.0.1:5090
local keywords = {
  "", "", "清掃", "工事", "委託", "購入", "業務", "改修", "警備", "翻訳",
  "清掃業務", "空調設備", "バリアフリー", "イベント運営", "システム", "サイン",
  "LED", "led", "ＬＥＤ", "Web", "ｗｅｂ", "清掃 委託", "工事 会場", "存在しない語句",
}
local categories = { "", "goods", "services", "works" }

dofile("bench/wrk/common.lua")

function request()
  local parts = {}
  local q = keywords[math.random(#keywords)]
  if q ~= "" then parts[#parts + 1] = "q=" .. encode(q) end
  local p = math.random(0, 47)
  if p > 0 then parts[#parts + 1] = string.format("prefecture=%02d", p) end
  local c = categories[math.random(#categories)]
  if c ~= "" then parts[#parts + 1] = "category=" .. c end
  local page = math.random(1, 3)
  if page > 1 then parts[#parts + 1] = "page=" .. page end
  local path = "/procurement"
  if #parts > 0 then path = path .. "?" .. table.concat(parts, "&") end
  return wrk.format("GET", path)
end
