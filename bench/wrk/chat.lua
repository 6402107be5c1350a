-- wrk script for bench/bench_http.py: POST small, unique, non-streaming chat completions.
--
-- Every request body is different (run nonce + thread id + per-thread counter inside the prompt), so no cache in
-- the gateway's detector can serve a repeat. The prompt is a few hundred characters of ordinary text
-- with synthetic PII-like values (a name, an e-mail, a phone number, an IP, a card number).

-- common.lua sits next to this script: setup/init/done and the environment (BENCH_PATH, BENCH_KEY,
-- BENCH_MODEL, BENCH_NONCE).
local bench = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
local counter = 0

local template = 'Hello, this is request %s-%d-%d. Please summarise the following note for the support queue. ' ..
  'Customer Maria Jensen wrote on Tuesday that her order %d arrived damaged. She can be reached at ' ..
  'maria.jensen%d@example.com or +1 415 555 %04d, and her last login came from 10.%d.%d.7. ' ..
  'She paid with card 4111 1111 1111 1111 and asked for a refund before Friday. Keep the answer short, ' ..
  'polite, and list the next three steps our team should take.'

function request()
  counter = counter + 1
  local prompt = string.format(template, bench.nonce, tid, counter, 100000 + counter, counter, counter % 10000,
    tid % 250, counter % 250)
  local body = '{"model":"' .. bench.model .. '","messages":[{"role":"user","content":"' .. prompt .. '"}],"max_tokens":64}'
  return wrk.format("POST", bench.path, bench.headers, body)
end
