"""Real parts for the tests: fake Synthetic servers over HTTP and gateways served by uvicorn.

Nothing here is mocked inside the gateway: requests go client SDK → HTTP → gateway → HTTP → fake
upstream, and tests inspect what the fake upstream actually received.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
import sqlalchemy as sa
import yaml

from gateway.app import create_app
from gateway.config import load_config
from gateway.mock_upstream import BackgroundServer, make_mock_app
from gateway.services import Services

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM_KEYS = {"us": "sk-test-us-upstream", "eu": "sk-test-eu-upstream"}
SLOW_S = 5.0  # how long the fake upstream makes `hf:test/slow` wait before it answers
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


class ResetServer:
    """Accepts TCP connections and resets them at once (SO_LINGER 0): a 'connection reset by peer'."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.accepted = 0
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        import struct

        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            conn.recv(65536)
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()


@dataclass
class Upstreams:
    servers: dict[str, BackgroundServer]

    def url(self, region: str) -> str:
        return self.servers[region].url + "/openai/v1"

    def received(self, region: str) -> list[dict[str, Any]]:
        return self.servers[region].app.state.received

    def chat_bodies(self, region: str) -> list[dict[str, Any]]:
        return [r["body"] for r in self.received(region) if r["path"] == "/chat/completions"]

    def clear(self) -> None:
        for s in self.servers.values():
            s.app.state.received.clear()


@dataclass
class RunningGateway:
    url: str
    services: Services
    server: BackgroundServer
    policies_dir: Path
    keys: dict[str, str] = field(default_factory=dict)

    @property
    def v1(self) -> str:
        return self.url + "/v1"

    def openai(self, team: str, **kw: Any) -> Any:
        import openai

        return openai.OpenAI(base_url=self.v1, api_key=self.keys[team], max_retries=0, **kw)

    def post(self, team: str | None, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
        all_headers = {"authorization": f"Bearer {self.keys[team]}"} if team else {}
        all_headers.update(headers or {})
        url = self.v1 + "/chat/completions"
        if isinstance(body, (bytes, str)):
            return httpx.post(url, content=body, headers=all_headers, timeout=30)
        return httpx.post(url, json=body, headers=all_headers, timeout=30)

    def stop(self) -> None:
        self.server.stop()


def rows_for(gw: RunningGateway, request_id: str, *, timeout_s: float = 10.0) -> list[sa.Row]:  # type: ignore[type-arg]
    """The audit rows of one request, once the writer has flushed it (then one more interval, to catch doubles)."""
    engine = gw.services.db_engine
    deadline = time.monotonic() + timeout_s
    query = sa.text("SELECT * FROM audit_events WHERE request_id = :r")
    while True:
        with engine.connect() as conn:
            rows = conn.execute(query, {"r": request_id}).all()
        if rows or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    time.sleep(0.5)
    with engine.connect() as conn:
        return conn.execute(query, {"r": request_id}).all()


def write_policies(directory: Path, teams: dict[str, dict[str, Any]]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "policies" / "default.yaml", directory / "default.yaml")
    for team, policy in teams.items():
        (directory / f"{team}.yaml").write_text(yaml.safe_dump(policy))
    return directory


def start_gateway(
    tmp: Path,
    regions: dict[str, str],
    teams: dict[str, dict[str, Any]],
    *,
    database_url: str | None = None,
    detector: dict[str, Any] | None = None,
    timeouts: dict[str, Any] | None = None,
    auditors: tuple[str, ...] = ("compliance",),
    extra: dict[str, Any] | None = None,
) -> RunningGateway:
    policies = write_policies(tmp / "policies", teams)
    cfg_data: dict[str, Any] = {
        "regions": {
            name: {"base_url": url, "api_key_env": f"TEST_UPSTREAM_KEY_{name.upper()}"} for name, url in regions.items()
        },
        "database_url": database_url or f"sqlite:///{tmp / 'gateway.db'}",
        "policies_dir": str(policies),
        "detector": {"workers": 1, "timeout_s": 10, **(detector or {})},
        # read_s is how long the timeout tests wait for `hf:test/slow` (which answers after SLOW_S); at
        # 1 s a loaded CI machine (two cores, test workers and detector processes) turned an ordinary
        # echo into a 504
        "timeouts": {"connect_s": 2, "read_s": SLOW_S / 2, "total_s": 10, **(timeouts or {})},
        "audit": {"purge_interval_s": 3600},
        **(extra or {}),
    }
    for name in regions:
        os.environ[f"TEST_UPSTREAM_KEY_{name.upper()}"] = UPSTREAM_KEYS[name]
    os.environ.setdefault("GATEWAY_SECRET", "test-secret-not-for-production")
    cfg_path = tmp / "gateway.yaml"
    cfg_path.write_text(yaml.safe_dump(cfg_data))
    cfg = load_config(cfg_path)
    services = Services.build(cfg)
    server = BackgroundServer(create_app(cfg, services=services)).start(timeout=120)
    gw = RunningGateway(url=server.url, services=services, server=server, policies_dir=policies)
    for team in list(teams) + ["default"]:
        gw.keys[team] = services.keys.create(team, "client")[1]
    for team in auditors:
        gw.keys[team] = services.keys.create(team, "auditor")[1]
    return gw


@pytest.fixture(scope="session")
def upstreams() -> Iterator[Upstreams]:
    servers = {r: BackgroundServer(make_mock_app(r, slow_s=SLOW_S)).start() for r in ("us", "eu")}
    yield Upstreams(servers)
    for s in servers.values():
        s.stop()


TEAMS: dict[str, dict[str, Any]] = {
    "us-team": {"region": "us"},
    "eu-team": {"region": "eu"},
    "us-blocker": {"region": "us", "pii": {"entities": {"CREDIT_CARD": "block", "US_SSN": "block"}}},
    "eu-dry": {"region": "eu", "pii": {"mode": "dry_run"}},
    "llama-only": {"region": "us", "models": ["hf:meta-llama/*"]},
    "actions": {
        "region": "us",
        "pii": {
            "entities": {"EMAIL_ADDRESS": "mask", "PHONE_NUMBER": "hash", "PERSON": "redact"},
            "allow": ["Acme Corp"],
            "deny": ["Project Falcon"],
            "recognizers": [{"entity": "EMPLOYEE_ID", "regex": "EMP-\\d{6}", "context": ["employee"], "action": "redact"}],
        },
    },
    "no-restore": {"region": "eu", "pii": {"restore_responses": False}},
    "images-ok": {"region": "eu", "pii": {"images": "forward"}},
}


@pytest.fixture(scope="session")
def gateway(upstreams: Upstreams, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    gw = start_gateway(
        tmp_path_factory.mktemp("gw"),
        {"us": upstreams.url("us"), "eu": upstreams.url("eu")},
        TEAMS,
    )
    yield gw
    gw.stop()


@pytest.fixture
def clean(upstreams: Upstreams) -> Upstreams:
    upstreams.clear()
    return upstreams
