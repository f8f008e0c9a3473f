-- soak.lua — the request mix of tests/soak.sh, for wrk.
--
-- Valid and invalid requests in turn. Each request carries its expected status in its
-- X-Request-Id ("soak-<status>-<n>"), which the server echoes, so response() can check
-- every answer whatever connection it came on. done() prints one line per counter,
-- "soak: name value", that soak.sh parses.

local ar = "قال الرئيس الأمريكي جو بايدن إن الولايات المتحدة ستواصل دعمها. " ..
           "وأضاف أن \"الحرب لن تنتهي قريبا\"، بحسب ما نقلت وكالة الأنباء."
local en = "Mr. Smith said \"the talks will resume next week\", according to the agency."
local text = "text/plain; charset=utf-8"
local json = "application/json"

local mix = {
  {200, "POST", "/v1/annotate", text, ar},
  {200, "POST", "/v1/annotate?offsets=utf16", text, en},
  {200, "POST", "/v1/annotate", json, '{"text": "' .. en:gsub('"', '\\"') .. '", "id": "s-1"}'},
  {200, "GET", "/livez", nil, nil},
  {400, "POST", "/v1/annotate", text, "abc\255def"},                -- invalid UTF-8
  {400, "POST", "/v1/annotate", text, "x\237\160\128"},             -- a surrogate
  {400, "POST", "/v1/annotate", json, '{"text": "a", "text": "b"}'},
  {400, "POST", "/v1/annotate", json, '{"text": 5}'},
  {400, "POST", "/v1/annotate", json, string.rep("[", 3000)},
  {400, "POST", "/v1/annotate?offsets=bytes", text, ar},
  {415, "POST", "/v1/annotate", "application/xml", "<a/>"},
  {422, "POST", "/v1/annotate", text, "   \n  "},
  {404, "GET", "/nowhere", nil, nil},
  {405, "DELETE", "/v1/annotate", nil, nil},
  {200, "GET", "/readyz", nil, nil},
}

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  n = 0
  answered = 0
  unexpected = 0
  first_unexpected = ""
end

function request()
  n = n + 1
  local m = mix[(n % #mix) + 1]
  local headers = {["X-Request-Id"] = "soak-" .. m[1] .. "-" .. n}
  if m[4] then headers["Content-Type"] = m[4] end
  return wrk.format(m[2], m[3], headers, m[5])
end

function response(status, headers, body)
  answered = answered + 1
  local id = headers["X-Request-Id"] or headers["x-request-id"] or ""
  local want = tonumber(id:match("^soak%-(%d+)%-"))
  if want ~= status then
    unexpected = unexpected + 1
    if first_unexpected == "" then
      first_unexpected = id .. " got " .. status .. " " .. body:sub(1, 120)
    end
  end
end

function done(summary, latency, requests)
  local answered_total, unexpected_total, first = 0, 0, ""
  for _, t in ipairs(threads) do
    answered_total = answered_total + t:get("answered")
    unexpected_total = unexpected_total + t:get("unexpected")
    local f = t:get("first_unexpected")
    if first == "" and f ~= "" then first = f end
  end
  local e = summary.errors
  io.write(string.format("soak: requests %d\n", summary.requests))
  io.write(string.format("soak: answered %d\n", answered_total))
  io.write(string.format("soak: unexpected %d\n", unexpected_total))
  io.write(string.format("soak: socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
  io.write(string.format("soak: seconds %.1f\n", summary.duration / 1e6))
  io.write(string.format("soak: rps %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("soak: p50_ms %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("soak: p99_ms %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("soak: max_ms %.2f\n", latency.max / 1000))
  if first ~= "" then io.write("soak: first_unexpected " .. first .. "\n") end
end
