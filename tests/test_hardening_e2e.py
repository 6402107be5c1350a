"""Revocation, slow and hostile clients, and safe defaults, through HTTP."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest
import yaml

from gateway.config import ConfigError, load_config
from tests.gateway_fixtures import ROOT, RunningGateway, Upstreams, rows_for, start_gateway

HI = {"model": "hf:test/echo", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
def own_gateway(upstreams: Upstreams, tmp_path: Path) -> Iterator[RunningGateway]:
    gw = start_gateway(tmp_path, {"us": upstreams.url("us"), "eu": upstreams.url("eu")},
                       {"alpha": {"region": "eu"}, "beta": {"region": "eu"}, "solo": {"region": "us", "max_in_flight": 1}},
                       timeouts={"request_body_s": 0.5, "read_s": 10})
    yield gw
    gw.stop()


def eventually(check, timeout_s: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.2)


def test_deleting_a_team_policy_revokes_the_team(own_gateway: RunningGateway) -> None:
    gw = own_gateway
    assert gw.post("alpha", HI).status_code == 200
    (gw.policies_dir / "alpha.yaml").unlink()
    eventually(lambda: gw.post("alpha", HI).status_code == 403)
    assert gw.post("beta", HI).status_code == 200


@pytest.mark.parametrize("damage", ["delete", "invalid"])
def test_a_broken_base_policy_refuses_every_team(own_gateway: RunningGateway, damage: str) -> None:
    gw = own_gateway
    assert gw.post("beta", HI).status_code == 200
    base = gw.policies_dir / "default.yaml"
    if damage == "delete":
        base.unlink()
    else:
        base.write_text("region: mars\n")
    eventually(lambda: gw.post("beta", HI).status_code == 403)
    assert gw.post("alpha", HI).status_code == 403


def test_invalid_edit_of_a_team_file_keeps_its_last_good_policy(own_gateway: RunningGateway) -> None:
    gw = own_gateway
    assert gw.post("alpha", HI).status_code == 200
    (gw.policies_dir / "alpha.yaml").write_text("region: [\n")
    time.sleep(1.2)
    assert gw.post("alpha", HI).status_code == 200


def test_per_team_cap_on_requests_in_flight(own_gateway: RunningGateway, upstreams: Upstreams) -> None:
    gw = own_gateway
    slow = threading.Thread(target=gw.post, args=("solo", {**HI, "model": "hf:test/slow"}))
    slow.start()
    eventually(lambda: gw.services.inflight.count("solo") == 1)
    r = gw.post("solo", HI)
    assert r.status_code == 429 and r.json()["error"]["code"] == "too_many_in_flight"
    assert rows_for(gw, r.headers["x-request-id"])[0].status == 429
    assert gw.post("alpha", HI).status_code == 200  # other teams are not affected
    slow.join()
    assert gw.services.inflight.count("solo") == 0


def test_a_body_that_never_arrives_gets_408(own_gateway: RunningGateway) -> None:
    gw = own_gateway
    host, port = gw.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Authorization: Bearer {gw.keys['alpha']}\r\nContent-Length: 500\r\n\r\n".encode()
            + b'{"model": "hf:test/echo",'
        )
        started = time.monotonic()
        answer = b""
        while b"request_timeout" not in answer:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
        answer = answer.decode()
    assert answer.startswith("HTTP/1.1 408") and "request_timeout" in answer  # type: ignore[union-attr]
    assert time.monotonic() - started < 5


def test_shipped_config_does_not_serve_from_the_mock() -> None:
    cfg = load_config(ROOT / "gateway.yaml", environ={})
    assert cfg.mock_upstream_when_no_key is False


def test_two_regions_on_one_origin_are_refused_unless_declared(tmp_path: Path) -> None:
    data = {"regions": {"us": {"base_url": "https://one.example/openai/v1", "api_key_env": "A"},
                        "eu": {"base_url": "https://ONE.example:443/eu/openai/v1", "api_key_env": "B"}}}
    path = tmp_path / "gateway.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(ConfigError, match="same origin"):
        load_config(path, environ={})
    data["allow_shared_upstream_origin"] = True
    path.write_text(yaml.safe_dump(data))
    assert load_config(path, environ={}).allow_shared_upstream_origin


def test_metrics_can_require_a_bearer_token(upstreams: Upstreams, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_METRICS_TOKEN", "metrics-token-for-tests")
    gw = start_gateway(tmp_path, {"us": upstreams.url("us"), "eu": upstreams.url("eu")}, {"t": {"region": "eu"}},
                       extra={"metrics_token_env": "TEST_METRICS_TOKEN"})
    try:
        assert httpx.get(gw.url + "/metrics").status_code == 401
        assert httpx.get(gw.url + "/metrics", headers={"authorization": "Bearer wrong"}).status_code == 401
        ok = httpx.get(gw.url + "/metrics", headers={"authorization": "Bearer metrics-token-for-tests"})
        assert ok.status_code == 200 and "gateway_requests_total" in ok.text
    finally:
        gw.stop()
