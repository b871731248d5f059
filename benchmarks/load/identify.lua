-- wrk script: POST the identify of a different visitor on each request, each with its own visitor
-- token and a body signed for it (written by LoadPreparation to $LOAD_REQUESTS). With
-- $LOAD_DELAY_MS each connection waits that long before each request (a paced, lighter load).
-- Prints one machine-readable RESULT line at the end.

local data = dofile(os.getenv("LOAD_REQUESTS"))
local pause = tonumber(os.getenv("LOAD_DELAY_MS") or "0")
local origin = os.getenv("LOAD_ORIGIN")
local requests = {}
local next_request = 0

function init(args)
  for i, item in ipairs(data.items) do
    local headers = {
      ["Authorization"] = "Bearer " .. item[1],
      ["Content-Type"] = "application/json",
    }
    if origin and origin ~= "" then
      headers["Origin"] = origin
    end
    requests[i] = wrk.format("POST", data.path, headers, item[2])
  end
  -- Each wrk thread starts at its own place in the visitors, so two threads rarely send one visitor.
  next_request = math.random(#requests)
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

if pause > 0 then
  function delay()
    return pause
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f"
      .. " non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
