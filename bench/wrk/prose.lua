-- wrk script for bench/bench_http.py's headline run: the measurement a new user makes first.
--
-- POSTs non-streaming chat completions of about 1 KB: a system message and a user message of
-- ordinary prose with NO personal data, the model an `hf:` id. Every body is different (run nonce,
-- thread id and per-thread counter in the user message), so no cache in the gateway's detector can
-- serve a repeat: each request is detected from scratch.

-- common.lua sits next to this script: setup/init/done and the environment (BENCH_PATH, BENCH_KEY,
-- BENCH_MODEL, BENCH_NONCE).
local bench = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
local counter = 0

local system = 'You are a helpful assistant for an engineering team. Answer briefly, in plain language, ' ..
  'and say so when you are not sure.'

-- About 1,000 characters of ordinary prose, no personal data; %s-%d-%d makes it unique per request.
local template = 'This is version %s-%d-%d of our planning note. We are moving the nightly data export from a ' ..
  'single large job to several smaller jobs that run in parallel, because the current job often ' ..
  'finishes after the start of the working day and the reports are then out of date. The new design ' ..
  'splits the export by table, writes each part to temporary storage, and only publishes the result ' ..
  'when every part has finished. If one part fails, it is retried twice before the whole run is ' ..
  'marked as failed and the previous export stays in place. We expect the total time to drop by more ' ..
  'than half, although the first runs will be slower while the caches warm up. The open questions are ' ..
  'how many jobs to run at once without slowing down the database for other users, how long to keep ' ..
  'the temporary files, and whether the monitoring should alert on every retry or only on failed ' ..
  'runs. Please review the plan, point out any risks we have missed, and suggest a sensible default ' ..
  'for the number of parallel jobs on a small server.'

local function escape(s)
  return (s:gsub('\\', '\\\\'):gsub('"', '\\"'))
end

function request()
  counter = counter + 1
  local prompt = string.format(template, bench.nonce, tid, counter)
  local body = '{"model":"' .. bench.model .. '","messages":[{"role":"system","content":"' .. escape(system) ..
    '"},{"role":"user","content":"' .. escape(prompt) .. '"}],"max_tokens":64}'
  return wrk.format("POST", bench.path, bench.headers, body)
end
