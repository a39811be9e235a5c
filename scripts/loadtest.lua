-- wrk script: each request is a random (session cookie, page) pair from $REQUESTS;
-- every answer other than 200 counts as an error.
local pairs_ = {}
local threads = {}
errors = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("REQUESTS")) do
    local cookie, path = line:match("^(%S+) (%S+)$")
    if cookie then table.insert(pairs_, { cookie, path }) end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000))
end

function request()
  local p = pairs_[math.random(#pairs_)]
  return wrk.format("GET", p[2], { ["Cookie"] = p[1], ["Accept-Language"] = "nb" })
end

function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + (t:get("errors") or 0) end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local secs = summary.duration / 1e6
  io.write(string.format("requests/s %.0f  p50 %.2f ms  p99 %.2f ms  errors %d (non-200 %d, socket %d)\n",
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad + socket, bad, socket))
end
