-- The open-data API's approved values walked page by page, 1,000 a page, as a harvester does: each request follows the
-- Link rel="next" of the answer before, and starts again at the first page after the last. Run by
-- bench/wrk/api-values.sh (through measure.sh, on the portal's root). The large volume's values are synthetic, so the
-- walk asks for them (synthetic=include); every value of them is in the answer, labelled 架空.
local first = "/api/v1/values?synthetic=include&limit=1000&format=csv"
local path = first

request = function()
  return wrk.format("GET", path)
end

response = function(status, headers, body)
  local link = headers["Link"] or headers["link"]
  local next = link and string.match(link, "^<https?://[^/]+(/[^>]*)>")
  path = next or first
end
