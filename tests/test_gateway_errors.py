"""Bad input, bad keys and upstream failures: OpenAI-shaped errors, nothing forwarded or crossed."""

from __future__ import annotations

from pathlib import Path

import httpx
import openai
import pytest

from tests.gateway_fixtures import ResetServer, RunningGateway, Upstreams, start_gateway

ECHO = "hf:test/echo"


def assert_openai_error(r: httpx.Response, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"}
    assert isinstance(err["message"], str) and err["message"]
    if code:
        assert err["code"] == code
    assert r.headers["x-request-id"]
    assert "x-gateway-region" in r.headers
    return err


@pytest.mark.parametrize("key", [None, "sgw_unknown_abc", "not-even-a-key", "Basic"])
def test_bad_or_missing_key_is_401(gateway: RunningGateway, clean: Upstreams, key):
    headers = {} if key is None else {"authorization": key if key == "Basic" else f"Bearer {key}"}
    r = httpx.post(gateway.v1 + "/chat/completions", headers=headers, timeout=10,
                   json={"model": ECHO, "messages": [{"role": "user", "content": "x"}]})
    assert_openai_error(r, 401)
    assert clean.chat_bodies("us") == [] and clean.chat_bodies("eu") == []


def test_openai_sdk_sees_authentication_error(gateway: RunningGateway):
    client = openai.OpenAI(base_url=gateway.v1, api_key="sgw_nope_nope", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(model=ECHO, messages=[{"role": "user", "content": "x"}])


def test_revoked_key_is_401(gateway: RunningGateway, clean: Upstreams):
    key_id, key = gateway.services.keys.create("us-team", "client")
    ok = httpx.post(gateway.v1 + "/chat/completions", headers={"authorization": f"Bearer {key}"}, timeout=10,
                    json={"model": ECHO, "messages": [{"role": "user", "content": "x"}]})
    assert ok.status_code == 200
    assert gateway.services.keys.revoke(key_id)
    r = httpx.post(gateway.v1 + "/chat/completions", headers={"authorization": f"Bearer {key}"}, timeout=10,
                   json={"model": ECHO, "messages": [{"role": "user", "content": "x"}]})
    assert_openai_error(r, 401)


MALFORMED = [
    (b"{not json", "invalid_json"),
    (b"[1, 2]", None),
    (b'{"messages": [{"role": "user", "content": "x"}]}', None),  # missing model
    (b'{"model": "", "messages": [{"role": "user", "content": "x"}]}', None),
    (b'{"model": "hf:test/echo", "messages": "hello"}', None),  # messages not a list
    (b'{"model": "hf:test/echo", "messages": []}', None),
    (b'{"model": "hf:test/echo", "messages": [{"role": "user", "content": 42}]}', None),
    (b'{"model": "hf:test/echo", "messages": [{"role": "user", "content": [{"type": "hologram"}]}]}', None),
    (b'{"model": "hf:test/echo", "messages": [{"role": "wizard", "content": "x"}]}', None),
    (b'{"model": "hf:test/echo", "stream": "yes", "messages": [{"role": "user", "content": "x"}]}', None),
    (b'{"model": "hf:test/echo", "messages": [{"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": {"a": 1}}}]}]}', None),
    (b"\xff\xfe\x00", "invalid_json"),
]


@pytest.mark.parametrize("body,code", MALFORMED)
def test_malformed_bodies_are_400_and_not_forwarded(gateway: RunningGateway, clean: Upstreams, body, code):
    r = gateway.post("us-team", body, headers={"content-type": "application/json"})
    assert_openai_error(r, 400, code)
    assert clean.chat_bodies("us") == [] and clean.chat_bodies("eu") == []


def test_body_over_limit_is_413(gateway: RunningGateway, clean: Upstreams):
    huge = {"model": ECHO, "messages": [{"role": "user", "content": "a" * (gateway.services.cfg.max_body_bytes + 10)}]}
    r = gateway.post("us-team", huge)
    assert_openai_error(r, 413, "request_too_large")
    assert clean.chat_bodies("us") == []


def test_unknown_path_and_wrong_method(gateway: RunningGateway, clean: Upstreams):
    headers = {"authorization": f"Bearer {gateway.keys['us-team']}"}
    assert_openai_error(httpx.get(gateway.v1 + "/embeddingz", headers=headers), 404)
    assert_openai_error(httpx.get(gateway.v1 + "/chat/completions", headers=headers), 405)
    assert clean.received("us") == [] and clean.received("eu") == []


@pytest.mark.parametrize("stream", [False, True])
def test_upstream_500_is_passed_as_openai_error(gateway: RunningGateway, clean: Upstreams, stream):
    r = gateway.post("us-team", {"model": "hf:test/error-500", "stream": stream, "messages": [{"role": "user", "content": "x"}]})
    err = assert_openai_error(r, 500)
    assert err["message"] == "upstream exploded"
    assert len(clean.chat_bodies("us")) == 1 and clean.received("eu") == []


def test_bare_string_upstream_error_is_normalised(gateway: RunningGateway, clean: Upstreams):
    r = gateway.post("eu-team", {"model": "hf:test/bare-error", "messages": [{"role": "user", "content": "x"}]})
    err = assert_openai_error(r, 429)
    assert err["message"] == "model is overloaded, try later"
    assert clean.received("us") == []


@pytest.mark.parametrize("stream", [False, True])
def test_upstream_timeout_is_504_and_never_crosses_region(gateway: RunningGateway, clean: Upstreams, stream):
    r = gateway.post("eu-team", {"model": "hf:test/slow", "stream": stream, "messages": [{"role": "user", "content": "x"}]})
    assert_openai_error(r, 504, "upstream_timeout")
    assert len(clean.chat_bodies("eu")) == 1
    assert clean.received("us") == []


@pytest.fixture(scope="module")
def broken_us(upstreams: Upstreams, tmp_path_factory):
    """A gateway whose US upstream resets every connection and whose EU region is not configured...
    except for the EU team, which must never be rescued by it."""
    reset = ResetServer()
    gw = start_gateway(tmp_path_factory.mktemp("broken"), {"us": reset.url + "/openai/v1", "eu": upstreams.url("eu")},
                       {"us-team": {"region": "us"}})
    yield gw, reset
    gw.stop()


@pytest.mark.parametrize("stream", [False, True])
def test_connection_reset_gives_502_and_no_other_region(broken_us, clean: Upstreams, stream):
    gw, reset = broken_us
    before = reset.accepted
    r = gw.post("us-team", {"model": ECHO, "stream": stream, "messages": [{"role": "user", "content": "x"}]})
    assert_openai_error(r, 502, "upstream_unreachable")
    assert reset.accepted > before
    assert clean.received("eu") == [] and clean.received("us") == []


def test_unconfigured_region_is_503_and_nothing_sent(upstreams: Upstreams, tmp_path: Path):
    gw = start_gateway(tmp_path, {"us": upstreams.url("us")}, {"eu-team": {"region": "eu"}})
    try:
        upstreams.clear()
        r = gw.post("eu-team", {"model": ECHO, "messages": [{"role": "user", "content": "x"}]})
        assert_openai_error(r, 503, "region_unavailable")
        assert upstreams.received("us") == [] and upstreams.received("eu") == []
    finally:
        gw.stop()


def test_team_without_policy_is_refused(gateway: RunningGateway, clean: Upstreams):
    key = gateway.services.keys.create("ghost-team", "client")[1]
    r = httpx.post(gateway.v1 + "/chat/completions", headers={"authorization": f"Bearer {key}"},
                   json={"model": ECHO, "messages": [{"role": "user", "content": "x"}]}, timeout=10)
    assert_openai_error(r, 403)
    assert clean.received("us") == [] and clean.received("eu") == []
