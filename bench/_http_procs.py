"""Process plumbing for bench_http: free loopback ports, server processes in their own process
groups (stopped by id), a temp-dir gateway config, API keys, and per-process-group CPU accounting."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
UPSTREAM_KEY_ENV = {"us": "BENCH_UPSTREAM_KEY_US", "eu": "BENCH_UPSTREAM_KEY_EU"}
TEAM = "bench"
MODEL = "hf:meta-llama/Llama-3.3-70B-Instruct"
CLK_TCK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def base_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    for name in UPSTREAM_KEY_ENV.values():
        env[name] = "bench-upstream-key"
    env.setdefault("GATEWAY_SECRET", "bench-secret-not-for-production")
    env.setdefault("HF_HUB_OFFLINE", "1")
    # Nothing may leave the machine: no proxies for loopback calls.
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


class Server:
    """One server process (and whatever it forks) in its own session/process group."""

    def __init__(self, name: str, cmd: list[str], port: int, log_dir: Path, ready_path: str, env: dict[str, str]) -> None:
        self.name, self.cmd, self.port, self.ready_path, self.env = name, cmd, port, ready_path, env
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = log_dir / f"{name}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> "Server":
        log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(self.cmd, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        return self

    def wait_ready(self, timeout: float = 180.0) -> "Server":
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}; log:\n{self.tail()}")
            try:
                r = httpx.get(self.url + self.ready_path, timeout=2.0, trust_env=False)
                if r.status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} not ready after {timeout:.0f}s; log:\n{self.tail()}")

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def cpu_seconds(self) -> float:
        """user+system CPU of every live process in this server's process group (its workers and
        detector processes included). Sampled before and after a run, the difference is its cost."""
        return sum(self.cpu_by_role().values())

    def cpu_by_role(self) -> dict[str, float]:
        """CPU seconds split into 'server' (the uvicorn process(es) serving HTTP, its --workers included)
        and 'helpers' (forkserver / detector worker processes they started)."""
        out = {"server": 0.0, "helpers": 0.0}
        for role, seconds in self.cpu_by_process().values():
            out[role] += seconds
        return out

    def cpu_by_process(self) -> dict[int, tuple[str, float]]:
        """pid -> (role, CPU seconds) for every live process of the group, roles as in cpu_by_role."""
        out: dict[int, tuple[str, float]] = {}
        for pid in _group_pids(self.pid):
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            # forkserver + detector workers + resource tracker; uvicorn's own workers use multiprocessing.spawn
            role = "helpers" if (b"forkserver" in cmd or b"resource_tracker" in cmd) else "server"
            out[pid] = (role, (int(fields[11]) + int(fields[12])) / CLK_TCK)
        return out

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)  # the group we created: this server and its children
        except ProcessLookupError:
            return
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        # Children (detector processes) may outlive the parent briefly; make sure the group is gone.
        for _ in range(50):
            if not _group_pids(self.proc.pid):
                break
            time.sleep(0.1)
        else:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def _group_pids(pgid: int) -> list[int]:
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            pids.append(int(entry))
    return pids


def uvicorn_cmd(factory: str, port: int) -> list[str]:
    # The same uvicorn settings `gateway serve` uses (log level warning, no access log, defaults otherwise).
    return [PY, "-m", "uvicorn", "--factory", factory, "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "warning", "--no-access-log"]


def start_upstream(log_dir: Path) -> Server:
    port = free_port()
    env = base_env() | {"BENCH_UPSTREAM_REGION": "eu"}
    return Server("upstream", uvicorn_cmd("bench._http_upstream:create_app", port), port, log_dir, "/openai/v1/models", env).start()


def start_passthrough(log_dir: Path, upstream_v1: str, workers: int = 1) -> Server:
    port = free_port()
    env = base_env() | {"PASSTHROUGH_UPSTREAM": upstream_v1, "PASSTHROUGH_UPSTREAM_KEY": "bench-upstream-key"}
    name = "passthrough" if workers == 1 else f"passthrough-{workers}w"
    cmd = [PY, "-m", "bench.passthrough", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    return Server(name, cmd, port, log_dir, "/v1/models", env).start()


# LiteLLM's proxy, for comparison, lives in its own virtualenv (it pins versions of shared libraries
# that the gateway's environment must not get): `python3 -m venv /path/litellm-venv &&
# /path/litellm-venv/bin/pip install 'litellm[proxy]'`, then point BENCH_LITELLM (or --litellm) at
# /path/litellm-venv/bin/litellm.
LITELLM_ENV = "BENCH_LITELLM"
LITELLM_MASTER_KEY = "sk-bench-" + "5a" * 16  # the proxy refuses to start without one; wrk sends it


def litellm_executable(option: str | None) -> str | None:
    """The `litellm` executable from --litellm or $BENCH_LITELLM (a venv directory or the executable)."""
    value = option or os.environ.get(LITELLM_ENV)
    if not value:
        return None
    path = Path(value)
    if path.is_dir():
        path = path / "bin" / "litellm"
    return str(path) if path.is_file() and os.access(path, os.X_OK) else None


def start_litellm(log_dir: Path, upstream_v1: str, executable: str) -> Server:
    """LiteLLM's proxy, one process, routing the bench model to the fake upstream through its
    OpenAI-compatible provider; no guardrail, no database, no callbacks, telemetry off."""
    config = log_dir / "litellm.yaml"
    config.write_text(yaml.safe_dump({
        "model_list": [{
            "model_name": MODEL,
            "litellm_params": {"model": f"openai/{MODEL}", "api_base": upstream_v1, "api_key": "bench-upstream-key"},
        }],
        "litellm_settings": {"telemetry": False},
    }, sort_keys=False))
    env = base_env() | {
        "LITELLM_LOCAL_MODEL_COST_MAP": "True", "HF_HUB_OFFLINE": "1",
        "LITELLM_TELEMETRY": "False", "LITELLM_TELEMETRY_DISABLED": "true",
        "LITELLM_MASTER_KEY": LITELLM_MASTER_KEY,
    }
    env.pop("PYTHONPATH", None)  # its own venv, not this repository
    port = free_port()
    cmd = [executable, "--config", str(config), "--host", "127.0.0.1", "--port", str(port), "--num_workers", "1"]
    return Server("litellm", cmd, port, log_dir, "/health/liveliness", env).start()


def write_gateway_config(directory: Path, upstream_v1: str, detector: dict[str, Any]) -> Path:
    """A config in `directory` sending both regions to the fake upstream; team `bench` has policy `{}`
    (so it inherits the shipped policies/default.yaml: region eu, pseudonymize/redact)."""
    policies = directory / "policies"
    policies.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "policies" / "default.yaml", policies / "default.yaml")
    (policies / f"{TEAM}.yaml").write_text("{}\n")
    cfg = {
        "regions": {name: {"base_url": upstream_v1, "api_key_env": env} for name, env in UPSTREAM_KEY_ENV.items()},
        "database_url": f"sqlite:///{directory / 'gateway.db'}",
        "policies_dir": str(policies),
        "detector": detector,
        "mock_upstream_when_no_key": False,
        "allow_shared_upstream_origin": True,  # both regions on the one fake upstream, on purpose
    }
    path = directory / "gateway.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False))
    return path


def create_key(config: Path, env: dict[str, str]) -> str:
    out = subprocess.run([PY, "-m", "gateway", "keys", "create", "--team", TEAM, "--config", str(config)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"gateway keys create failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return out.stdout.strip().splitlines()[-1]


def start_gateway(name: str, log_dir: Path, upstream_v1: str, workers: int, detector: dict[str, Any]) -> tuple[Server, str]:
    directory = log_dir / name
    directory.mkdir()
    config = write_gateway_config(directory, upstream_v1, detector)
    env = base_env()
    key = create_key(config, env)
    port = free_port()
    cmd = [PY, "-m", "gateway", "serve", "--config", str(config), "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(workers)]
    return Server(name, cmd, port, log_dir, "/readyz", env).start(), key
