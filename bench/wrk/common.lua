-- Shared by the wrk scripts of bench/bench_http.py (chat.lua, prose.lua): loaded with dofile, it
-- reads the environment, numbers the threads, adds the bearer key and prints the result line.
-- Environment: BENCH_PATH (default /v1/chat/completions), BENCH_KEY (bearer key; optional),
-- BENCH_MODEL, BENCH_NONCE (differs per wrk run, so that a later run does not repeat an earlier
-- run's prompts: detector cache). At the end one line `BENCH_JSON {...}` gives req/s, latency
-- percentiles and errors.

local bench = {
  path = os.getenv("BENCH_PATH") or "/v1/chat/completions",
  model = os.getenv("BENCH_MODEL") or "hf:meta-llama/Llama-3.3-70B-Instruct",
  nonce = os.getenv("BENCH_NONCE") or "0",
  headers = {["Content-Type"] = "application/json"},
}
local key = os.getenv("BENCH_KEY")
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
end

function init(args)
  if key and key ~= "" then
    bench.headers["Authorization"] = "Bearer " .. key
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,' ..
    '"max_ms":%.3f,"mean_ms":%.3f,"err_connect":%d,"err_read":%d,"err_write":%d,"err_status":%d,"err_timeout":%d}\n',
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
end

return bench
