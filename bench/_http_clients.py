"""Load and measurement clients for bench_http: wrk runs, streamed time-to-first-token, and small
requests measured while 64 KB PII-dense prompts keep the gateway's detector busy. All values in the
prompts are synthetic (example.com mail, 555 phone numbers, test card numbers, made-up IDs)."""

from __future__ import annotations

import json
import math
import multiprocessing as mp
import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

WRK_LUA = Path(__file__).resolve().parent / "wrk" / "chat.lua"
WRK_PROSE_LUA = Path(__file__).resolve().parent / "wrk" / "prose.lua"  # the headline run: ~1 KB, no PII
MODEL = "hf:meta-llama/Llama-3.3-70B-Instruct"
FIRST = ["Maria", "John", "Aiko", "Lukas", "Fatima", "Pierre", "Sofia", "Omar", "Greta", "Diego"]
LAST = ["Jensen", "Smith", "Tanaka", "Becker", "Haddad", "Martin", "Rossi", "Khan", "Larsen", "Garcia"]
CITIES = ["Springfield", "Berlin", "Lyon", "Madrid", "Rotterdam", "Krakow", "Milan", "Dublin"]


def small_prompt(i: int, tag: str = "c") -> str:
    """A few hundred characters of ordinary text with a little PII; unique per (tag, i)."""
    f, l = FIRST[i % 10], LAST[(i // 10) % 10]
    return (f"Hello, this is request {tag}-{i}. Please summarise the following note for the support queue. "
            f"Customer {f} {l} wrote on Tuesday that order {100000 + i} arrived damaged. Reach them at "
            f"{f.lower()}.{l.lower()}{i}@example.com or +1 415 555 {i % 10000:04d}; the last login came from "
            f"10.{i % 250}.{(i // 250) % 250}.7. They paid with card 4111 1111 1111 1111 and asked for a refund "
            f"before Friday. Keep the answer short and list the next three steps our team should take.")


def big_prompt(i: int, size: int = 64 * 1024) -> str:
    """About `size` bytes of PII-dense text: every sentence carries a name, an e-mail, a phone number,
    an address, an IP and an ID or card number."""
    parts, n, total = [], 0, 0
    while total < size:
        k = i * 1000 + n
        f, l, city = FIRST[k % 10], LAST[(k // 10) % 10], CITIES[k % 8]
        s = (f"Record {k}: {f} {l} lives at {10 + k % 90} Main Street, {city}, phone +1 212 555 {k % 10000:04d}, "
             f"mail {f.lower()}.{l.lower()}{k}@example.com, SSN {100 + k % 600:03d}-{10 + k % 80:02d}-{1000 + k % 9000:04d}, "
             f"card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, last seen from 192.168.{k % 250}.{n % 250}. ")
        parts.append(s)
        total += len(s)
        n += 1
    return "".join(parts)[:size]


def chat_body(prompt: str, stream: bool = False) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": prompt}], "max_tokens": 64, "stream": stream}


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); NaN for no values."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = max(0, min(len(s) - 1, math.ceil(p / 100 * len(s)) - 1))
    return s[k]


# ---------------------------------------------------------------- wrk


def wrk_path() -> str | None:
    return shutil.which("wrk")


def run_wrk(base_url: str, path: str, key: str | None, seconds: float, connections: int, threads: int,
            script: Path = WRK_LUA) -> dict[str, Any]:
    env = dict(os.environ, BENCH_PATH=path, BENCH_KEY=key or "", BENCH_MODEL=MODEL, BENCH_NONCE=f"{time.time_ns():x}")
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, int(round(seconds)))}s", "--timeout", "10s",
           "-s", str(script), base_url]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=seconds + 60)
    for line in out.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            return json.loads(line[len("BENCH_JSON "):])
    raise RuntimeError(f"wrk gave no result (rc={out.returncode}):\n{out.stdout[-1500:]}\n{out.stderr[-1500:]}")


# ---------------------------------------------------------------- streaming TTFT


def _first_content(line: str) -> bool:
    if not line.startswith("data:"):
        return False
    payload = line[5:].strip()
    if not payload.startswith("{"):
        return False
    try:
        chunk = json.loads(payload)
    except ValueError:
        return False
    for choice in chunk.get("choices") or []:
        delta = choice.get("delta") or {}
        if delta.get("content"):
            return True
    return False


def ttft_once(client: httpx.Client, url: str, headers: dict[str, str], prompt: str) -> tuple[float, float]:
    """(time to the first SSE data line carrying content, time to the end of the stream), seconds."""
    started = time.perf_counter()
    first = float("nan")
    with client.stream("POST", url, json=chat_body(prompt, stream=True), headers=headers) as r:
        if r.status_code != 200:
            r.read()
            raise RuntimeError(f"streamed request to {url} answered {r.status_code}: {r.text[:300]}")
        for line in r.iter_lines():
            if first != first and _first_content(line):
                first = time.perf_counter() - started
    return first, time.perf_counter() - started


def measure_ttft(targets: dict[str, tuple[str, dict[str, str]]], count: int) -> dict[str, dict[str, float]]:
    """`count` sequential streamed requests per target, interleaved target by target so that machine
    noise hits all targets alike. targets: name -> (chat completions URL, headers)."""
    samples: dict[str, list[float]] = {n: [] for n in targets}
    totals: dict[str, list[float]] = {n: [] for n in targets}
    with httpx.Client(timeout=30.0, trust_env=False) as client:
        for name, (url, headers) in targets.items():  # warm-up: connections, caches, lazy imports
            for j in range(5):
                ttft_once(client, url, headers, small_prompt(j, f"warm-{name}"))
        for i in range(count):
            for name, (url, headers) in targets.items():
                first, total = ttft_once(client, url, headers, small_prompt(i, f"stream-{name}"))
                samples[name].append(first)
                totals[name].append(total)
    return {n: {"p50_ms": pct(v, 50) * 1000, "p99_ms": pct(v, 99) * 1000, "total_p50_ms": pct(totals[n], 50) * 1000,
                "n": len(v)} for n, v in samples.items()}


# ---------------------------------------------------------------- responsiveness under 64 KB analysis


def _big_sender(url: str, headers: dict[str, str], stop: Any, hard_stop_at: float, ready: Any, out: Any) -> None:
    latencies, statuses, i = [], {}, 0
    body = [json.dumps(chat_body(big_prompt(k))).encode() for k in range(4)]  # built before the clock starts
    with httpx.Client(timeout=60.0, trust_env=False) as client:
        ready.set()
        while not stop.is_set() and time.monotonic() < hard_stop_at:
            # A fresh prefix per request defeats any per-text cache while keeping the body ~64 KB.
            payload = body[i % 4].replace(b"Record ", f"R{i} ".encode(), 1)
            started = time.perf_counter()
            try:
                r = client.post(url, content=payload, headers=headers | {"content-type": "application/json"})
                statuses[str(r.status_code)] = statuses.get(str(r.status_code), 0) + 1
            except httpx.HTTPError as exc:
                statuses[type(exc).__name__] = statuses.get(type(exc).__name__, 0) + 1
            latencies.append(time.perf_counter() - started)
            i += 1
    out.put({"latencies": latencies, "statuses": statuses, "bytes": len(body[0])})


def _small_loop(client: httpx.Client, url: str, headers: dict[str, str], seconds: float, tag: str) -> tuple[list[float], dict[str, int]]:
    latencies, statuses, i = [], {}, 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.perf_counter()
        r = client.post(url, json=chat_body(small_prompt(i, tag)), headers=headers)
        latencies.append(time.perf_counter() - started)
        statuses[str(r.status_code)] = statuses.get(str(r.status_code), 0) + 1
        i += 1
    return latencies, statuses


@dataclass
class Responsiveness:
    idle: list[float] = field(default_factory=list)
    loaded: list[float] = field(default_factory=list)
    big: list[float] = field(default_factory=list)
    small_statuses: dict[str, int] = field(default_factory=dict)
    big_statuses: dict[str, int] = field(default_factory=dict)
    big_bytes: int = 0


def measure_responsiveness(url: str, headers: dict[str, str], seconds: float) -> Responsiveness:
    """Sequential small requests, first alone (`idle`), then while a separate process keeps sending
    ~64 KB PII-dense prompts to the same gateway back to back (`loaded`)."""
    res = Responsiveness()
    with httpx.Client(timeout=30.0, trust_env=False) as client:
        _small_loop(client, url, headers, 1.0, "warm")
        res.idle, _ = _small_loop(client, url, headers, min(seconds, 4.0), "idle")
        ctx = mp.get_context("fork")
        ready, stop, out = ctx.Event(), ctx.Event(), ctx.Queue()
        hard_stop_at = time.monotonic() + seconds + 30.0  # a backstop; normally `stop` ends it
        proc = ctx.Process(target=_big_sender, args=(url, headers, stop, hard_stop_at, ready, out), daemon=True)
        proc.start()
        try:
            ready.wait(30)
            time.sleep(0.3)  # the first 64 KB request is in flight
            res.loaded, res.small_statuses = _small_loop(client, url, headers, seconds, "loaded")
            stop.set()
            result = out.get(timeout=seconds + 120)
        finally:
            stop.set()
            proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()  # our own child, by handle
                proc.join(timeout=5)
    res.big, res.big_statuses, res.big_bytes = result["latencies"], result["statuses"], result["bytes"]
    return res
