-- The bulk OCDS download asked again with the ETag of the first answer: every later request should be a 304.
-- Run by bench/wrk/opendata.sh (through measure.sh, on the portal's root).
local etag = nil

request = function()
  local headers = {}
  if etag ~= nil then
    headers["If-None-Match"] = etag
  end
  return wrk.format("GET", "/procurement/ocds/releases.jsonl.gz", headers)
end

response = function(status, headers, body)
  if etag == nil and status == 200 then
    etag = headers["ETag"] or headers["etag"]
  end
end
