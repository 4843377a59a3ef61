-- Shared by the wrk scripts of scripts/load-test.sh: the Authorization header, an optional cap on
-- requests per thread, and one JSON line of results (throughput, percentiles, requests over 50 ms).
-- The count over 50 ms is found by bisecting on ranks with latency:percentile (which returns the
-- latency of rank round(p/100 * n + 0.5)); Debian's wrk 4.1 does not expose its histogram to Lua.

auth = os.getenv("LOAD_AUTH")
local max_per_thread = tonumber(os.getenv("LOAD_MAX_PER_THREAD") or "0")
local answered = 0

function count_and_maybe_stop()
   answered = answered + 1
   if max_per_thread > 0 and answered >= max_per_thread then
      wrk.thread:stop()
   end
end

function response(status, headers, body)
   count_and_maybe_stop()
end

function done(summary, latency, requests)
   local e = summary.errors
   local over = 0
   local n = summary.requests - e.timeout
   if n > 0 and latency.max > 50000 then
      local function at(k) return latency:percentile(100 * (k - 0.5) / n) end
      local lo, hi = 1, n -- the smallest rank slower than 50 ms
      while lo < hi do
         local mid = math.floor((lo + hi) / 2)
         if at(mid) > 50000 then hi = mid else lo = mid + 1 end
      end
      over = n - lo + 1
   end
   local seconds = summary.duration / 1e6
   io.write(string.format(
      '{"label":"%s","requests":%d,"seconds":%.2f,"throughputPerSecond":%.0f,"p50ms":%.2f,"p90ms":%.2f,"p99ms":%.2f,"p999ms":%.2f,"maxms":%.2f,' ..
      '"over50ms":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
      os.getenv("LOAD_LABEL") or "", summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency:percentile(99.9) / 1000, latency.max / 1000,
      over, e.connect, e.read, e.write, e.status, e.timeout))
end
