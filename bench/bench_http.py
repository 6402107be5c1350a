"""HTTP benchmarks of the gateway, in one command that starts everything itself on loopback ports:

    python -m bench.bench_http [--quick] [--profile] [--headline-only] [--litellm PATH]

0. Headline, measured the way a new user measures it: `wrk -t1 -c8 -d8s` POSTing ~1 KB chat bodies
   of ordinary prose with no PII (a system message and a user message, unique per request:
   bench/wrk/prose.lua) to (a) the bare pass-through, (b) one gateway process started with
   `gateway serve` on the shipped default policy and SQLite audit, (c) `gateway serve --workers 2`
   sized as the README advises for as many workers as cores (`detector.inline_under_load: true`;
   --workers2-default keeps the shipped detector settings instead) and a 2-worker pass-through, (d)
   LiteLLM's proxy (no guardrail) when installed (--litellm or $BENCH_LITELLM; skipped with a note
   otherwise). One warm-up run per target, not counted, then
   rounds interleaved target by target. Targets: gateway >= 0.60 of the pass-through's req/s (and
   the same with 2 workers each, judged on the rounds where both servers' workers shared the load),
   gateway >= 5x LiteLLM's proxy.
1. Throughput/latency (wrk, fixed concurrency and duration, a unique small PII-bearing prompt per
   request) for (a) the fake upstream directly, (b) a bare Starlette+httpx pass-through proxy
   (bench/passthrough.py), (c) the gateway with the shipped default policy, 1 worker (and 2 workers,
   sized as in part 0, unless --no-workers2). Targets are run in rounds, one after the other, so machine noise hits them
   alike; the figure of merit is gateway/passthrough req/s (target >= 0.60).
2. Streaming time to first token (TTFT): sequential streamed requests, interleaved direct / passthrough
   / gateway; overhead = gateway p50 - direct p50 (target <= 5 ms).
3. Responsiveness: p99 of sequential small gateway requests while another process keeps sending
   ~64 KB PII-dense prompts (target <= 50 ms); also the 64 KB requests' own latency.
--profile additionally samples the 1-worker gateway (and its detector processes) with py-spy during
an extra wrk run and prints where the time goes.

The load generator, the fake upstream and the servers share this machine's cores: on a 2-core box the
absolute figures are a floor, the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from statistics import median
from typing import Any

import httpx

from bench import _http_clients as clients
from bench import _http_procs as procs

TARGET_RATIO = 0.60
TARGET_VS_LITELLM = 5.0
TARGET_TTFT_MS = 5.0
TARGET_P99_MS = 50.0
SPREAD_MIN_SHARE = 35  # % of the HTTP CPU each of two workers must take for a round to count as 2-worker


def say(*parts: Any) -> None:
    print(*parts, flush=True)


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))  # type: ignore[union-attr]
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        ram = "unknown"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "ram": ram, "python": platform.python_version(), "load": load,
            "server": server_stack()}


def server_stack() -> str:
    """What uvicorn's automatic choice gives every server here (gateway, pass-through, fake upstream):
    uvloop and httptools when installed (the gateway depends on both), else asyncio and h11."""
    parts = []
    for name, fallback in (("uvicorn", "?"), ("uvloop", "asyncio"), ("httptools", "h11")):
        try:
            parts.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(fallback)
    return ", ".join(parts)


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISS"


def metrics_snapshot(url: str) -> dict[str, float]:
    """Sums of the gateway's Prometheus histograms/counters we use to split per-request time."""
    out: dict[str, float] = {}
    try:
        text = httpx.get(url + "/metrics", timeout=5, trust_env=False).text
    except httpx.HTTPError:
        return out
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        m = re.match(r"^(gateway_(?:request|upstream|detection)_seconds_(?:sum|count)|gateway_pii_detections_total)\b.*\s([0-9.eE+-]+)$", line)
        if m:
            out[m.group(1)] = out.get(m.group(1), 0.0) + float(m.group(2))
    return out


def metrics_delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    d = {k: after.get(k, 0.0) - before.get(k, 0.0) for k in after}
    res: dict[str, float] = {}
    for part in ("request", "upstream", "detection"):
        n = d.get(f"gateway_{part}_seconds_count", 0.0)
        if n:
            res[f"{part}_mean_ms"] = d[f"gateway_{part}_seconds_sum"] / n * 1000
    n = d.get("gateway_request_seconds_count", 0.0)
    if n:
        res["detections_per_request"] = d.get("gateway_pii_detections_total", 0.0) / n
    return res


def sanity_check(gw_url: str, key: str) -> None:
    """One request through the gateway must be answered and have its card number redacted (the fake
    upstream echoes what it received), so we know the benchmark measures real detection work."""
    r = httpx.post(gw_url + "/v1/chat/completions", json=clients.chat_body(clients.small_prompt(0, "sanity")),
                   headers={"authorization": f"Bearer {key}"}, timeout=60, trust_env=False)
    if r.status_code != 200:
        raise RuntimeError(f"gateway sanity request failed: {r.status_code} {r.text[:300]}")
    answer = r.json()["choices"][0]["message"]["content"]
    if "4111 1111 1111 1111" in answer or r.headers.get("x-gateway-region") != "eu":
        raise RuntimeError("gateway sanity request: the card number reached the upstream or the region is wrong")


# ---------------------------------------------------------------- part 1


def part_throughput(targets: dict[str, dict[str, Any]], args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    say(f"\n== 1. Throughput: wrk -t{args.threads} -c{args.connections}, {args.duration:.0f}s per run, "
        f"{args.rounds} round(s), unique ~400-char prompts with PII ==")
    for name, t in targets.items():  # warm-up (not measured)
        clients.run_wrk(t["url"], t["path"], t["key"], args.warmup, args.connections, args.threads)
        time.sleep(1.0)
    runs: dict[str, list[dict[str, Any]]] = {n: [] for n in targets}
    for rnd in range(args.rounds):
        for name, t in targets.items():
            server = t["server"]
            cpu0 = server.cpu_by_role()
            m0 = metrics_snapshot(t["url"]) if t.get("gateway") else {}
            r = clients.run_wrk(t["url"], t["path"], t["key"], args.duration, args.connections, args.threads)
            time.sleep(1.0)  # let requests wrk left in flight drain before the next measurement
            cpu1 = server.cpu_by_role()
            n = max(1, r["requests"])
            r["cpu_server_ms_per_req"] = (cpu1["server"] - cpu0["server"]) / n * 1000
            r["cpu_helpers_ms_per_req"] = (cpu1["helpers"] - cpu0["helpers"]) / n * 1000
            r["cpu_ms_per_req"] = r["cpu_server_ms_per_req"] + r["cpu_helpers_ms_per_req"]
            if t.get("gateway"):
                r.update(metrics_delta(m0, metrics_snapshot(t["url"])))
            runs[name].append(r)
            errors = r["err_connect"] + r["err_read"] + r["err_write"] + r["err_status"] + r["err_timeout"]
            say(f"  round {rnd + 1} {name:14} {r['rps']:8.1f} req/s  p50 {r['p50_ms']:7.2f} ms  p99 {r['p99_ms']:7.2f} ms"
                f"  CPU/req: server {r['cpu_server_ms_per_req']:.2f} ms + detector procs {r['cpu_helpers_ms_per_req']:.2f} ms"
                f"  errors {errors}")
    summary: dict[str, dict[str, Any]] = {}
    for name, rs in runs.items():
        # A figure missing from a round (e.g. a metrics scrape that failed) is left out of the median.
        keys = [k for k in rs[0] if isinstance(rs[0][k], (int, float)) and all(k in r for r in rs)]
        summary[name] = {k: median(r[k] for r in rs) for k in keys}
        summary[name]["errors"] = sum(r["err_connect"] + r["err_read"] + r["err_write"] + r["err_status"] + r["err_timeout"] for r in rs)
        summary[name]["rounds"] = rs
    return summary


def ratios(summary: dict[str, dict[str, Any]], a: str, b: str) -> tuple[float, list[float]]:
    per_round = [ra["rps"] / rb["rps"] for ra, rb in zip(summary[a]["rounds"], summary[b]["rounds"])]
    return median(per_round), per_round


# ---------------------------------------------------------------- 0. headline


def http_split(used: dict[int, tuple[str, float]], leader: int) -> list[int]:
    """Each HTTP worker's share (%) of the HTTP workers' CPU in a run, largest first. With --workers
    the process group's leader is uvicorn's supervisor and is left out; an idle worker stays in (it
    is the point). With --workers 2 it shows how wrk's 8 keep-alive connections fell: about 50/50
    when both workers served, 100/0 when one took them all. One process alone gives [100]."""
    http = {pid: seconds for pid, (role, seconds) in used.items() if role == "server"}
    if len(http) > 1:
        http.pop(leader, None)
    total = sum(http.values())
    if total <= 0:
        return []
    return sorted((round(100 * s / total) for s in http.values()), reverse=True)


def part_headline(targets: dict[str, dict[str, Any]], args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    say(f"\n== 0. Headline: wrk -t1 -c8 -d{args.headline_duration:.0f}s, ~1 KB unique chat bodies of prose without PII "
        f"(bench/wrk/prose.lua); one warm-up run per target (not counted), then {args.headline_rounds} round(s) ==")
    for name, t in targets.items():  # warm-up: connections, caches, lazy imports, JIT-free but cold paths
        clients.run_wrk(t["url"], t["path"], t["key"], args.warmup, 8, 1, clients.WRK_PROSE_LUA)
        time.sleep(0.5)
    runs: dict[str, list[dict[str, Any]]] = {n: [] for n in targets}
    for rnd in range(args.headline_rounds):
        say(f"  (load average before round {rnd + 1}: {' '.join(f'{x:.2f}' for x in os.getloadavg())})")
        for name, t in targets.items():
            cpu0 = t["server"].cpu_by_process()
            r = clients.run_wrk(t["url"], t["path"], t["key"], args.headline_duration, 8, 1, clients.WRK_PROSE_LUA)
            time.sleep(0.5)
            cpu1 = t["server"].cpu_by_process()
            used = {pid: (role, seconds - cpu0.get(pid, (role, 0.0))[1]) for pid, (role, seconds) in cpu1.items()}
            n = max(1, r["requests"])
            r["cpu_server_ms_per_req"] = sum(s for role, s in used.values() if role == "server") / n * 1000
            r["cpu_helpers_ms_per_req"] = sum(s for role, s in used.values() if role == "helpers") / n * 1000
            r["http_split"] = http_split(used, t["server"].pid)
            r["errors"] = r["err_connect"] + r["err_read"] + r["err_write"] + r["err_status"] + r["err_timeout"]
            runs[name].append(r)
            split = f"  HTTP CPU by process {'/'.join(map(str, r['http_split']))}%" if len(r["http_split"]) > 1 else ""
            say(f"  round {rnd + 1} {name:15} {r['rps']:8.1f} req/s  p50 {r['p50_ms']:7.2f} ms  p99 {r['p99_ms']:7.2f} ms"
                f"  CPU/req: HTTP {r['cpu_server_ms_per_req']:.2f} ms + detector {r['cpu_helpers_ms_per_req']:.2f} ms"
                f"  errors {r['errors']}{split}")
    summary: dict[str, dict[str, Any]] = {}
    for name, rs in runs.items():
        summary[name] = {k: median(r[k] for r in rs) for k in ("rps", "p50_ms", "p99_ms", "cpu_server_ms_per_req",
                                                                "cpu_helpers_ms_per_req")}
        summary[name]["errors"] = sum(r["errors"] for r in rs)
        summary[name]["rounds"] = rs
    return summary


def report_headline(head: dict[str, dict[str, Any]], args: argparse.Namespace) -> None:
    say(f"\nHeadline (wrk -t1 -c8 -d{args.headline_duration:.0f}s, ~1 KB unique prose bodies without PII, warm-up run "
        f"excluded, median of {args.headline_rounds} round(s)):\n")
    say("| Target | req/s | p50 ms | p99 ms | CPU ms/req: HTTP process(es) | + detector processes | errors |")
    say("|---|---:|---:|---:|---:|---:|---:|")
    for name, s in head.items():
        say(f"| {name} | {s['rps']:.0f} | {s['p50_ms']:.1f} | {s['p99_ms']:.1f} | {s['cpu_server_ms_per_req']:.2f} | "
            f"{s['cpu_helpers_ms_per_req']:.2f} | {s['errors']} |")
    say("")
    say("| Ratio | value | per round | target | |")
    say("|---|---:|---|---:|---|")
    # A 2-worker server whose workers did not both serve (wrk's 8 connections all on one) is no
    # 2-worker baseline: the 2-worker target is judged on the rounds where both servers spread the load.
    pairs = [("gateway-1w", "passthrough", TARGET_RATIO), ("gateway-2w", "passthrough-2w", None),
             ("gateway-2w", "passthrough", None), ("gateway-1w", "litellm", TARGET_VS_LITELLM)]
    for a, b, target in pairs:
        if a in head and b in head:
            r, per = ratios(head, a, b)
            mark = "" if target is None else f">= {target:.2f} | {verdict(r >= target)}"
            say(f"| {a} / {b} req/s | {r:.2f} | {', '.join(f'{x:.2f}' for x in per)} | {mark or ' |'}")
    if "gateway-2w" in head and "passthrough-2w" in head:
        spread = [ra["rps"] / rb["rps"] for ra, rb in zip(head["gateway-2w"]["rounds"], head["passthrough-2w"]["rounds"])
                  if min(ra["http_split"], default=0) >= SPREAD_MIN_SHARE and min(rb["http_split"], default=0) >= SPREAD_MIN_SHARE]
        if spread:
            say(f"| gateway-2w / passthrough-2w req/s, rounds where both spread the load (each worker >= "
                f"{SPREAD_MIN_SHARE}% of the HTTP CPU) | {median(spread):.2f} | {', '.join(f'{x:.2f}' for x in spread)} | "
                f">= {TARGET_RATIO:.2f} | {verdict(median(spread) >= TARGET_RATIO)}")
        else:
            say(f"| gateway-2w / passthrough-2w req/s, rounds where both spread the load | - | none | >= {TARGET_RATIO:.2f} | "
                "undecided: run more rounds |")
    if "litellm" not in head:
        say("\n(LiteLLM's proxy not measured: see --litellm)")


# ---------------------------------------------------------------- profile


def profile_gateway(gw: dict[str, Any], args: argparse.Namespace, tmp: Path) -> None:
    pyspy = shutil.which("py-spy")
    if not pyspy:
        say("\n(py-spy not found: `pip install py-spy` to get the profile)")
        return
    seconds = max(5, int(args.duration))
    raw = tmp / "gateway-profile.txt"
    say(f"\n== Profile: py-spy record ({seconds}s, 250 Hz, gateway + detector processes) during a wrk run ==")
    spy = subprocess.Popen([pyspy, "record", "--pid", str(gw["server"].pid), "--subprocesses", "--rate", "250",
                            "--duration", str(seconds), "--format", "raw", "--nonblocking", "-o", str(raw)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(1.0)
    r = clients.run_wrk(gw["url"], gw["path"], gw["key"], seconds, args.connections, args.threads)
    try:
        _, err = spy.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        spy.terminate()  # our own child
        _, err = spy.communicate(timeout=10)
    if not raw.exists():
        say(f"  py-spy produced no profile: {err.decode(errors='replace')[-500:]}")
        return
    keep = Path(tempfile.gettempdir()) / f"bench_http_profile_{int(time.time())}.txt"
    shutil.copy(raw, keep)
    say(f"  ({r['rps']:.0f} req/s while sampled; collapsed stacks saved to {keep};"
        f" `flamegraph.pl {keep} > x.svg` or speedscope.app render them)")
    summarize_profile(keep, args.profile_top)


PLUMBING = ("<frozen runpy>", "gateway/cli.py", "click/", "uvicorn/main.py", "uvicorn/server.py", "uvicorn/_compat.py", "uvicorn/__main__",
            "asyncio/runners.py", "asyncio/base_events.py", "asyncio/events.py", "starlette/_exception_handler.py",
            "starlette/routing.py", "starlette/middleware/", "starlette/applications.py", "uvicorn/middleware/",
            "h11_impl.py", "threading.py", "concurrent/futures/process.py", "multiprocessing/", "<module>")
IDLE = ("select (selectors.py", "_worker (concurrent/futures/thread.py", "wait (threading.py", "poll (selectors.py",
        "_recv_bytes (multiprocessing", "_recv (multiprocessing", "accept (", "poll (multiprocessing", "wait (multiprocessing",
        "_wait_for_tstate_lock", "get (queue.py", "sleep (", "main (multiprocessing/forkserver.py)")


def summarize_profile(path: Path, top: int) -> None:
    """Per process: its share of busy samples (threads parked in select/wait are idle and dropped),
    then inclusive and self time per function (line numbers merged, server/loop plumbing hidden)."""
    per_proc: dict[str, int] = {}
    incl: dict[str, dict[str, int]] = {}
    self_: dict[str, dict[str, int]] = {}
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count_s = line.rpartition(" ")
        if not count_s.isdigit():
            continue
        count = int(count_s)
        frames = stack.split(";")
        leaf = frames[-1]
        if any(m in leaf for m in IDLE):
            continue
        proc = frames[0].split(":")[0] if frames[0].startswith("process ") else "process"
        kind = "detector worker" if ("_process_worker" in stack or "forkserver" in stack) else "gateway"
        key = f"{kind} [{proc}]"
        per_proc[key] = per_proc.get(key, 0) + count
        names = [re.sub(r":\d+\)$", ")", f) for f in frames if not f.startswith("process ") and not f.startswith("thread ")]
        for name in set(names):
            incl.setdefault(key, {})[name] = incl.setdefault(key, {}).get(name, 0) + count
        lname = names[-1] if names else "(no Python frame: native code, GIL wait or GC)"
        self_.setdefault(key, {})[lname] = self_.setdefault(key, {}).get(lname, 0) + count
    total = sum(per_proc.values()) or 1
    for key, n in sorted(per_proc.items(), key=lambda kv: -kv[1]):
        say(f"  {key}: {100 * n / total:.1f}% of all busy samples ({n})")
        say("    inclusive: % of this process's busy samples spent in the function or its callees")
        shown = 0
        for name, c in sorted(incl[key].items(), key=lambda kv: -kv[1]):
            if any(pl in name for pl in PLUMBING) or c / n > 0.995:
                continue
            say(f"      {100 * c / n:5.1f}%  {name[:140]}")
            shown += 1
            if shown >= top:
                break
        say("    self (leaf frames)")
        for name, c in sorted(self_[key].items(), key=lambda kv: -kv[1])[: max(8, top // 2)]:
            say(f"      {100 * c / n:5.1f}%  {name[:140]}")


# ---------------------------------------------------------------- main


def fmt(x: float, nd: int = 1) -> str:
    return "n/a" if x != x or math.isinf(x) else f"{x:.{nd}f}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.bench_http", description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="shorter runs (about 2 minutes in all)")
    p.add_argument("--duration", type=float, help="seconds per wrk run (default 10, 5 with --quick)")
    p.add_argument("--rounds", type=int, help="wrk rounds over all targets (default 2, 1 with --quick)")
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--ttft-count", type=int, help="streamed requests per target (default 200, 100 with --quick)")
    p.add_argument("--resp-seconds", type=float, help="seconds of small requests under 64 KB load (default 10/5)")
    p.add_argument("--no-workers2", action="store_true", help="skip the 2-worker gateway")
    p.add_argument("--detector-workers", type=int, default=0,
                   help="gateway detector processes (config detector.workers; 0 = one per core, the default)")
    p.add_argument("--detector-timeout", type=float, default=5.0, help="config detector.timeout_s (default 5, as shipped)")
    p.add_argument("--workers2-default", action="store_true",
                   help="run the 2-worker gateway on the shipped detector settings, not with detector.inline_under_load")
    p.add_argument("--profile", action="store_true", help="also sample the gateway with py-spy and print hot spots")
    p.add_argument("--profile-top", type=int, default=25)
    p.add_argument("--json", type=Path, help="also write all figures to this JSON file")
    p.add_argument("--headline-only", action="store_true", help="run part 0 only (about 2 minutes)")
    p.add_argument("--headline-duration", type=float, default=8.0, help="seconds per part-0 wrk run (default 8)")
    p.add_argument("--headline-rounds", type=int, help="part-0 rounds (default 3, 1 with --quick)")
    p.add_argument("--litellm", help=f"LiteLLM proxy for part 0: a venv with litellm[proxy] or its `litellm` "
                                     f"executable (default ${procs.LITELLM_ENV}); skipped when absent")
    args = p.parse_args(argv)
    args.headline_rounds = args.headline_rounds or (1 if args.quick else 3)
    args.duration = args.duration or (5.0 if args.quick else 10.0)
    args.rounds = args.rounds or (1 if args.quick else 2)
    args.ttft_count = args.ttft_count or (100 if args.quick else 200)
    args.resp_seconds = args.resp_seconds or (5.0 if args.quick else 10.0)
    args.warmup = 2.0 if args.quick else 3.0

    try:
        import gateway.detection.service  # noqa: F401
    except ImportError as exc:
        say(f"the gateway cannot start yet (import gateway.detection.service failed: {exc})")
        return 2
    have_wrk = clients.wrk_path() is not None
    if not have_wrk:
        say("wrk (HTTP load generator) not found: install it with `apt-get install -y wrk` (Debian/Ubuntu) "
            "or `brew install wrk`; skipping parts 0 and 1 (throughput).")
    litellm = procs.litellm_executable(args.litellm)
    if have_wrk and litellm is None:
        say(f"LiteLLM's proxy not found (--litellm or ${procs.LITELLM_ENV}: a venv with `pip install 'litellm[proxy]'`); "
            "part 0 runs without it.")

    m = machine()
    say(f"machine: nproc={m['nproc']}, CPU {m['cpu']}, RAM {m['ram']}, Python {m['python']}, load avg {m['load']}")
    say(f"servers (gateway, pass-through, fake upstream alike): {m['server']}; the gateway's detection on spaCy "
        f"{package_version('spacy')}")
    say("note: wrk, the fake upstream and the servers all share these cores; absolute figures are a floor.")
    started = time.monotonic()
    results: dict[str, Any] = {"machine": m, "args": {k: str(v) for k, v in vars(args).items()}}
    detector = {"workers": args.detector_workers, "timeout_s": args.detector_timeout}
    # With as many gateway processes as cores, the README's sizing section has small requests analysed
    # where they arrive (no pipe round trip to a detector process); larger ones still go to one.
    detector2 = detector if args.workers2_default else {**detector, "inline_under_load": True}
    servers: list[procs.Server] = []
    with tempfile.TemporaryDirectory(prefix="bench_http_") as tmp_s:
        tmp = Path(tmp_s)
        try:
            upstream = procs.start_upstream(tmp)
            servers.append(upstream)
            upstream_v1 = upstream.url + "/openai/v1"
            passthrough = procs.start_passthrough(tmp, upstream_v1)
            servers.append(passthrough)
            gw1, key1 = procs.start_gateway("gateway-1w", tmp, upstream_v1, 1, detector)
            servers.append(gw1)
            gw2 = key2 = passthrough2 = litellm_proxy = None
            if not args.no_workers2 and have_wrk:
                gw2, key2 = procs.start_gateway("gateway-2w", tmp, upstream_v1, 2, detector2)
                servers.append(gw2)
                passthrough2 = procs.start_passthrough(tmp, upstream_v1, workers=2)
                servers.append(passthrough2)
            if litellm and have_wrk:
                litellm_proxy = procs.start_litellm(tmp, upstream_v1, litellm)
                servers.append(litellm_proxy)
            for s in servers:
                s.wait_ready()
            sanity_check(gw1.url, key1)
            if gw2 is not None:
                sanity_check(gw2.url, key2)  # type: ignore[arg-type]
            say(f"servers ready in {time.monotonic() - started:.0f}s (detector workers={args.detector_workers}, "
                f"timeout {args.detector_timeout}s; gateway logs at info level, as shipped; the 2-worker gateway "
                f"{'on the same detector settings' if args.workers2_default else 'with detector.inline_under_load: true'})")

            targets: dict[str, dict[str, Any]] = {
                "direct": {"server": upstream, "url": upstream.url, "path": "/openai/v1/chat/completions", "key": None},
                "passthrough": {"server": passthrough, "url": passthrough.url, "path": "/v1/chat/completions", "key": None},
                "gateway-1w": {"server": gw1, "url": gw1.url, "path": "/v1/chat/completions", "key": key1, "gateway": True},
            }
            if gw2 is not None:
                targets["gateway-2w"] = {"server": gw2, "url": gw2.url, "path": "/v1/chat/completions", "key": key2, "gateway": True}

            head: dict[str, dict[str, Any]] = {}
            if have_wrk:
                headline = {n: targets[n] for n in ("passthrough", "gateway-1w")}
                if gw2 is not None and passthrough2 is not None:
                    headline["passthrough-2w"] = {"server": passthrough2, "url": passthrough2.url,
                                                  "path": "/v1/chat/completions", "key": None}
                    headline["gateway-2w"] = targets["gateway-2w"]
                if litellm_proxy is not None:
                    headline["litellm"] = {"server": litellm_proxy, "url": litellm_proxy.url,
                                           "path": "/v1/chat/completions", "key": procs.LITELLM_MASTER_KEY}
                head = part_headline(headline, args)
                results["headline"] = head
                for extra in (passthrough2, litellm_proxy):
                    if extra is not None:
                        extra.stop()  # not needed by the later parts
            if args.headline_only:
                report_headline(head, args)
                if args.json:
                    args.json.write_text(json.dumps(results, indent=2, default=str))
                return 0 if have_wrk else 1

            thr: dict[str, dict[str, Any]] = {}
            if have_wrk:
                thr = part_throughput(targets, args)
                results["throughput"] = thr
            time.sleep(2.0)
            if gw2 is not None:
                gw2.stop()  # free its memory and detector processes before the latency parts

            say(f"\n== 2. Streaming TTFT: {args.ttft_count} sequential streamed requests per target, interleaved ==")
            auth1 = {"authorization": f"Bearer {key1}"}
            m0 = metrics_snapshot(gw1.url)
            ttft = clients.measure_ttft({
                "direct": (upstream_v1 + "/chat/completions", {}),
                "passthrough": (passthrough.url + "/v1/chat/completions", {}),
                "gateway-1w": (gw1.url + "/v1/chat/completions", auth1),
            }, args.ttft_count)
            results["ttft"] = ttft
            results["ttft_gateway_metrics"] = tm = metrics_delta(m0, metrics_snapshot(gw1.url))
            for name, t in ttft.items():
                say(f"  {name:14} TTFT p50 {t['p50_ms']:6.2f} ms  p99 {t['p99_ms']:6.2f} ms  (whole stream p50 {t['total_p50_ms']:.2f} ms)")
            if tm:
                say(f"  gateway's own metrics (means, sequential): request {fmt(tm.get('request_mean_ms', math.nan))} ms, "
                    f"detection {fmt(tm.get('detection_mean_ms', math.nan))} ms, upstream headers "
                    f"{fmt(tm.get('upstream_mean_ms', math.nan))} ms")

            say(f"\n== 3. Responsiveness: sequential small requests, alone then during back-to-back ~64 KB "
                f"PII-dense prompts ({args.resp_seconds:.0f}s) ==")
            m0 = metrics_snapshot(gw1.url)
            resp = clients.measure_responsiveness(gw1.url + "/v1/chat/completions", auth1, args.resp_seconds)
            results["responsiveness"] = {
                "idle_p50_ms": clients.pct(resp.idle, 50) * 1000, "idle_p99_ms": clients.pct(resp.idle, 99) * 1000,
                "loaded_p50_ms": clients.pct(resp.loaded, 50) * 1000, "loaded_p99_ms": clients.pct(resp.loaded, 99) * 1000,
                "loaded_max_ms": max(resp.loaded, default=float("nan")) * 1000, "loaded_n": len(resp.loaded),
                "big_n": len(resp.big), "big_p50_ms": clients.pct(resp.big, 50) * 1000,
                "big_max_ms": max(resp.big, default=float("nan")) * 1000, "big_bytes": resp.big_bytes,
                "small_statuses": resp.small_statuses, "big_statuses": resp.big_statuses,
                "metrics": metrics_delta(m0, metrics_snapshot(gw1.url)),
            }
            rr = results["responsiveness"]
            say(f"  small alone:        n={len(resp.idle)}  p50 {rr['idle_p50_ms']:.2f} ms  p99 {rr['idle_p99_ms']:.2f} ms")
            say(f"  small during 64 KB: n={rr['loaded_n']}  p50 {rr['loaded_p50_ms']:.2f} ms  p99 {rr['loaded_p99_ms']:.2f} ms"
                f"  max {rr['loaded_max_ms']:.1f} ms  statuses {resp.small_statuses}")
            say(f"  64 KB requests:     n={rr['big_n']} ({resp.big_bytes} B bodies)  p50 {rr['big_p50_ms']:.0f} ms"
                f"  max {rr['big_max_ms']:.0f} ms  statuses {resp.big_statuses}")

            if args.profile and have_wrk:
                profile_gateway(targets["gateway-1w"], args, tmp)
        finally:
            for s in reversed(servers):
                s.stop()

    say("\n== Summary (markdown) ==")
    if results.get("headline"):
        report_headline(results["headline"], args)
    report(results, thr, args)
    say(f"\ntotal time {time.monotonic() - started:.0f}s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))
    return 0 if have_wrk else 1


def report(results: dict[str, Any], thr: dict[str, dict[str, Any]], args: argparse.Namespace) -> None:
    m = results["machine"]
    say(f"\nMachine: {m['nproc']} cores ({m['cpu']}), {m['ram']} RAM, Python {m['python']}; load generator, fake upstream "
        f"and servers share the cores. wrk -t{args.threads} -c{args.connections}, {args.duration:.0f}s x {args.rounds} round(s), "
        f"medians shown.\n")
    if thr:
        say("| Target | req/s | p50 ms | p99 ms | CPU ms/req: HTTP process(es) | + detector processes | errors |")
        say("|---|---:|---:|---:|---:|---:|---:|")
        for name, s in thr.items():
            say(f"| {name} | {s['rps']:.0f} | {s['p50_ms']:.1f} | {s['p99_ms']:.1f} | {s['cpu_server_ms_per_req']:.2f} | "
                f"{s['cpu_helpers_ms_per_req']:.2f} | {s['errors']} |")
        say("")
        say("| Ratio | value | per round | target | |")
        say("|---|---:|---|---:|---|")
        for gw in [n for n in thr if n.startswith("gateway")]:
            r, per = ratios(thr, gw, "passthrough")
            say(f"| {gw} / passthrough req/s | {r:.2f} | {', '.join(f'{x:.2f}' for x in per)} | >= {TARGET_RATIO:.2f} | {verdict(r >= TARGET_RATIO)} |")
            r2, per2 = ratios(thr, gw, "direct")
            say(f"| {gw} / direct req/s | {r2:.2f} | {', '.join(f'{x:.2f}' for x in per2)} | | |")
        g = thr.get("gateway-1w", {})
        if "request_mean_ms" in g:
            say(f"\ngateway-1w under load, from its own metrics (means): request {fmt(g['request_mean_ms'])} ms, detection "
                f"{fmt(g.get('detection_mean_ms', float('nan')))} ms, upstream {fmt(g.get('upstream_mean_ms', float('nan')))} ms, "
                f"{fmt(g.get('detections_per_request', float('nan')))} detections/request.")
    t = results["ttft"]
    over = t["gateway-1w"]["p50_ms"] - t["direct"]["p50_ms"]
    say("\n| Streaming TTFT (sequential) | p50 ms | p99 ms |")
    say("|---|---:|---:|")
    for name, v in t.items():
        say(f"| {name} | {v['p50_ms']:.2f} | {v['p99_ms']:.2f} |")
    say(f"| gateway overhead vs direct | {over:.2f} | {t['gateway-1w']['p99_ms'] - t['direct']['p99_ms']:.2f} |")
    tm = results.get("ttft_gateway_metrics") or {}
    if tm:
        say(f"\ngateway-1w streamed requests, from its own metrics (means): whole request {fmt(tm.get('request_mean_ms', math.nan))} ms,"
            f" of which PII detection {fmt(tm.get('detection_mean_ms', math.nan))} ms and upstream-to-headers "
            f"{fmt(tm.get('upstream_mean_ms', math.nan))} ms.")
    say(f"\nTTFT overhead p50 {over:.2f} ms (target <= {TARGET_TTFT_MS:.0f} ms): {verdict(over <= TARGET_TTFT_MS)}")
    rr = results["responsiveness"]
    say("\n| Responsiveness (gateway-1w, sequential small requests) | p50 ms | p99 ms | max ms |")
    say("|---|---:|---:|---:|")
    say(f"| small, gateway otherwise idle | {rr['idle_p50_ms']:.1f} | {rr['idle_p99_ms']:.1f} | |")
    say(f"| small, during back-to-back 64 KB PII-dense prompts | {rr['loaded_p50_ms']:.1f} | {rr['loaded_p99_ms']:.1f} | {rr['loaded_max_ms']:.1f} |")
    say(f"| the 64 KB requests themselves (n={rr['big_n']}, statuses {rr['big_statuses']}) | {rr['big_p50_ms']:.0f} | | {rr['big_max_ms']:.0f} |")
    say(f"\nsmall-request p99 during 64 KB analysis {rr['loaded_p99_ms']:.1f} ms (target <= {TARGET_P99_MS:.0f} ms): "
        f"{verdict(rr['loaded_p99_ms'] <= TARGET_P99_MS)}")


if __name__ == "__main__":
    sys.exit(main())
