-- Shared by the mix scripts (loaded with dofile from the repository root, where measure.sh runs wrk).
function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- Each wrk thread draws its own sequence.
function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end
