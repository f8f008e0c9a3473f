-- wrk script: POSTs one file as text/plain and prints one machine-readable line.
--   BENCH_BODY=article.txt wrk -s bench/post.lua http://127.0.0.1:PORT/v1/annotate
-- Latencies come from wrk's own distribution (microseconds). wrk counts any answer that
-- is not 2xx/3xx under errors.status.
local path = os.getenv("BENCH_BODY")
if not path then error("set BENCH_BODY to the file to post") end
local f = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d " ..
    "status_errors=%d socket_errors=%d bytes=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout, summary.bytes))
end
