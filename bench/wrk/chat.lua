-- wrk script for bench/bench_http.py: POST small, unique, non-streaming chat completions.
--
-- Every request body is different (run nonce + thread id + per-thread counter inside the prompt), so no cache in
-- the gateway's detector can serve a repeat. The prompt is a few hundred characters of ordinary text
-- with synthetic PII-like values (a name, an e-mail, a phone number, an IP, a card number).
-- Environment: BENCH_PATH (default /v1/chat/completions), BENCH_KEY (bearer key; optional),
-- BENCH_MODEL. At the end one line `BENCH_JSON {...}` gives req/s, latency percentiles and errors.

local path = os.getenv("BENCH_PATH") or "/v1/chat/completions"
local key = os.getenv("BENCH_KEY")
local model = os.getenv("BENCH_MODEL") or "hf:meta-llama/Llama-3.3-70B-Instruct"
-- Differs per wrk run, so that a later run does not repeat an earlier run's prompts (detector cache).
local nonce = os.getenv("BENCH_NONCE") or "0"

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
  table.insert(threads, thread)
end

local counter = 0
local headers = {["Content-Type"] = "application/json"}

function init(args)
  if key and key ~= "" then
    headers["Authorization"] = "Bearer " .. key
  end
end

local template = 'Hello, this is request %s-%d-%d. Please summarise the following note for the support queue. ' ..
  'Customer Maria Jensen wrote on Tuesday that her order %d arrived damaged. She can be reached at ' ..
  'maria.jensen%d@example.com or +1 415 555 %04d, and her last login came from 10.%d.%d.7. ' ..
  'She paid with card 4111 1111 1111 1111 and asked for a refund before Friday. Keep the answer short, ' ..
  'polite, and list the next three steps our team should take.'

function request()
  counter = counter + 1
  local prompt = string.format(template, nonce, tid, counter, 100000 + counter, counter, counter % 10000,
    tid % 250, counter % 250)
  local body = '{"model":"' .. model .. '","messages":[{"role":"user","content":"' .. prompt .. '"}],"max_tokens":64}'
  return wrk.format("POST", path, headers, body)
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
