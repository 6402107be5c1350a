"""Nothing leaves uninspected: every field of a chat body, through HTTP, on the shipped default policy.

Each case plants synthetic PII (a name, an e-mail, a card number) in one field and checks the bytes
the fake upstream received.
"""

from __future__ import annotations

import json
import time

import httpx
import pytest

from gateway.redaction import mask
from tests.gateway_fixtures import RunningGateway, Upstreams, rows_for

NAME, EMAIL, CARD = "Zebulon Quackenbush", "zebulon.quackenbush@example.com", "4929381332664295"
MODEL = "hf:test/echo"
CANARIES = ("Quackenbush", "quackenbush", CARD)


def chat(**extra: object) -> dict:
    return {"model": MODEL, "messages": [{"role": "user", "content": "Please summarise our notes."}], **extra}


def forwarded(upstreams: Upstreams, region: str = "eu") -> bytes:
    bodies = [r["raw"] for r in upstreams.received(region) if r["path"] == "/chat/completions"]
    assert len(bodies) == 1, "expected exactly one forwarded request"
    return bodies[0]


def assert_clean(raw: bytes) -> None:
    text = raw.decode()
    for canary in CANARIES:
        assert canary not in text
    json.loads(text)  # still valid JSON


CASES = {
    "user": chat(user=EMAIL),
    "metadata value": chat(metadata={"owner": f"{NAME} <{EMAIL}>"}),
    "metadata key": chat(metadata={EMAIL: "owner"}),
    "prediction": chat(prediction={"type": "content", "content": f"Dear {NAME}, your card {CARD}"}),
    "stop": chat(stop=[EMAIL, "END"]),
    "unknown top-level field": chat(x_internal={"notes": [{"who": EMAIL, "card": CARD}]}),
    "unknown field key": chat(x_lookup={f"card {CARD}": 1}),
    "number in unknown field": chat(x_card=int(CARD)),
    "refusal and reasoning": {"model": MODEL, "messages": [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "ok", "refusal": f"I won't email {EMAIL}", "reasoning_content": f"{NAME} asked"},
        {"role": "user", "content": "thanks"}]},
    "tool call ids": {"model": MODEL, "messages": [
        {"role": "user", "content": "look up"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": f"call_{EMAIL}", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": f"call_{EMAIL}", "content": "done"}]},
    "number in tool arguments": {"model": MODEL, "messages": [
        {"role": "user", "content": "pay"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "pay", "arguments": json.dumps({"card": int(CARD), "n": 2})}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "paid"}]},
    "key in tool arguments": {"model": MODEL, "messages": [
        {"role": "user", "content": "pay"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "pay", "arguments": json.dumps({EMAIL: True})}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "ok"}]},
    "tool description": chat(tools=[{"type": "function", "function": {
        "name": "notify", "description": f"Notifies {NAME} at {EMAIL}", "parameters": {"type": "object", "properties": {}}}}]),
    "schema enum": chat(response_format={"type": "json_schema", "json_schema": {"name": "pick", "schema": {
        "type": "object", "properties": {"who": {"type": "string", "enum": [EMAIL, "nobody"]}}}}}),
}


@pytest.mark.parametrize("case", list(CASES))
def test_planted_value_never_reaches_the_upstream(gateway: RunningGateway, clean: Upstreams, case: str) -> None:
    r = gateway.post("eu-team", CASES[case])
    assert r.status_code == 200, r.text
    assert_clean(forwarded(clean))


def test_tool_call_ids_are_rewritten_consistently_and_restored(gateway: RunningGateway, clean: Upstreams) -> None:
    body = CASES["tool call ids"]
    gateway.post("eu-team", body)
    sent = json.loads(forwarded(clean))
    alias = sent["messages"][1]["tool_calls"][0]["id"]
    assert alias == sent["messages"][2]["tool_call_id"] and alias.startswith("call_gw")


def test_schema_property_names_that_are_identifiers_stay(gateway: RunningGateway, clean: Upstreams) -> None:
    gateway.post("eu-team", CASES["schema enum"])
    schema = json.loads(forwarded(clean))["response_format"]["json_schema"]["schema"]
    assert list(schema["properties"]) == ["who"] and schema["properties"]["who"]["enum"][1] == "nobody"


def test_model_with_free_text_is_refused_before_it_is_logged_or_stored(gateway: RunningGateway, clean: Upstreams,
                                                                     capfd: pytest.CaptureFixture[str]) -> None:
    r = gateway.post("eu-team", {"model": f"hf:{EMAIL}", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 400 and r.json()["error"]["param"] == "model"
    assert EMAIL not in r.text
    assert not clean.received("eu")
    row = rows_for(gateway, r.headers["x-request-id"])[0]
    assert row.model is None and "quackenbush" not in json.dumps([str(v) for v in row]).lower()
    assert "quackenbush" not in capfd.readouterr().err.lower()


AMBIGUOUS = {
    "duplicate messages": b'{"model": "hf:test/echo", "messages": [{"role": "user", "content": "hi"}], '
                          b'"messages": [{"role": "user", "content": "Zebulon Quackenbush"}]}',
    "duplicate content": b'{"model": "hf:test/echo", "messages": [{"role": "user", "content": "hi", "content": "Quackenbush"}]}',
    "NaN": b'{"model": "hf:test/echo", "temperature": NaN, "messages": [{"role": "user", "content": "hi"}]}',
    "Infinity": b'{"model": "hf:test/echo", "temperature": -Infinity, "messages": [{"role": "user", "content": "hi"}]}',
    "overflowing float": b'{"model": "hf:test/echo", "temperature": 1e999, "messages": [{"role": "user", "content": "hi"}]}',
    "lone surrogate": b'{"model": "hf:test/echo", "messages": [{"role": "user", "content": "hi \\ud800 there"}]}',
    "lone surrogate in key": b'{"model": "hf:test/echo", "x": {"\\udc00": 1}, "messages": [{"role": "user", "content": "hi"}]}',
    "huge integer": b'{"model": "hf:test/echo", "seed": ' + b"9" * 40 + b', "messages": [{"role": "user", "content": "hi"}]}',
    "deep nesting": b'{"model": "hf:test/echo", "x": ' + b"[" * 100 + b"]" * 100 + b', "messages": [{"role": "user", "content": "hi"}]}',
    "absurd nesting": b'{"model": "hf:test/echo", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "invalid utf-8": b'{"model": "hf:test/echo", "messages": [{"role": "user", "content": "\xff\xfe"}]}',
}


@pytest.mark.parametrize("case", list(AMBIGUOUS))
def test_bodies_that_cannot_be_inspected_unambiguously_are_400(gateway: RunningGateway, clean: Upstreams, case: str) -> None:
    r = gateway.post("eu-team", AMBIGUOUS[case], headers={"content-type": "application/json"})
    assert r.status_code == 400, r.text
    assert set(r.json()["error"]) == {"message", "type", "param", "code"}
    assert not clean.received("eu")


def test_valid_surrogate_pairs_are_fine(gateway: RunningGateway, clean: Upstreams) -> None:
    r = gateway.post("eu-team", b'{"model": "hf:test/echo", "messages": [{"role": "user", "content": "ok \\ud83d\\ude00"}]}',
                     headers={"content-type": "application/json"})
    assert r.status_code == 200 and "\U0001f600" in r.json()["choices"][0]["message"]["content"]


def test_forwarded_bytes_are_the_inspected_object(gateway: RunningGateway, clean: Upstreams) -> None:
    raw = b'{"model": "hf:test/echo",   "messages": [{"role": "user", "content": "plain text"}], "temperature": 0.5}'
    gateway.post("eu-team", raw, headers={"content-type": "application/json"})
    assert forwarded(clean) == json.dumps(json.loads(raw), ensure_ascii=False, separators=(",", ":")).encode()


def test_a_name_found_in_one_message_is_caught_in_every_other(gateway: RunningGateway, clean: Upstreams) -> None:
    filler = "The quarterly figures were reviewed in detail by the committee. " * 90  # > one 4 KB chunk
    body = {"model": MODEL, "messages": [
        {"role": "user", "content": f"My colleague {NAME} will join. {filler} Ask Quackenbush about it."},
        {"role": "assistant", "content": "Sure."},
        {"role": "user", "content": "Did Quackenbush's report arrive? Forward it to Quackenbush."}],
        "metadata": {"assignee": "Quackenbush"}}
    r = gateway.post("eu-team", body)
    assert r.status_code == 200
    sent = forwarded(clean).decode()
    assert "Quackenbush" not in sent and "Zebulon" not in sent
    # The answer (an echo of the last message) gets the name back.
    assert r.json()["choices"][0]["message"]["content"].count("Quackenbush") == 2


def test_auditor_keys_cannot_reach_model_endpoints(gateway: RunningGateway, clean: Upstreams) -> None:
    r = gateway.post("compliance", chat())
    assert r.status_code == 403 and r.json()["error"]["code"] == "wrong_key_role"
    assert not clean.received("eu") and not clean.received("us")
    assert rows_for(gateway, r.headers["x-request-id"])[0].outcome == "rejected"


def test_client_keys_cannot_reach_the_audit(gateway: RunningGateway) -> None:
    r = httpx.get(gateway.v1 + "/audit/events", headers={"authorization": f"Bearer {gateway.keys['eu-team']}"})
    assert r.status_code == 403


def test_provider_error_echoing_the_prompt_and_credential_is_filtered(gateway: RunningGateway, clean: Upstreams) -> None:
    r = gateway.post("eu-team", {"model": "hf:test/error-echo", "messages": [
        {"role": "user", "content": f"Write to {NAME} at {EMAIL}"}]})
    assert r.status_code == 400
    error = r.json()["error"]
    assert EMAIL not in r.text and "Quackenbush" not in r.text and "sk-test-eu-upstream" not in r.text
    assert error["code"] is None and error["param"] == "messages"  # "bad_prompt" is not on the allow list


def test_provider_401_becomes_fixed_text(gateway: RunningGateway, clean: Upstreams) -> None:
    r = gateway.post("eu-team", {"model": "hf:test/error-401", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 401
    assert "sk-test" not in r.text and r.json()["error"]["message"].startswith("The upstream rejected")
    row = rows_for(gateway, r.headers["x-request-id"])[0]
    assert row.outcome == "upstream_error"


@pytest.mark.parametrize("value,keep,expected", [
    ("Bo Li", 4, "** **"), ("a@b.co", 4, "*@*.**"), ("4929381332664295", 4, "************4295"),
    ("123-45-6789", 4, "***-**-6789"), ("abcdefghij", 8, "**********"), ("x", 0, "*"),
])
def test_mask_never_reveals_more_than_half(value: str, keep: int, expected: str) -> None:
    masked = mask(value, keep)
    assert masked == expected
    shown = sum(a == b and a.isalnum() for a, b in zip(masked, value))
    assert shown <= sum(c.isalnum() for c in value) // 2


def test_streamed_answer_is_cut_at_the_total_deadline(upstreams: Upstreams, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.gateway_fixtures import start_gateway

    gw = start_gateway(tmp_path, {"us": upstreams.url("us"), "eu": upstreams.url("eu")}, {"t": {"region": "eu"}},
                       timeouts={"total_s": 1.5, "read_s": 5})
    try:
        started = time.monotonic()
        with httpx.stream("POST", gw.v1 + "/chat/completions", headers={"authorization": f"Bearer {gw.keys['t']}"},
                          json={"model": "hf:test/slow-stream", "stream": True,
                                "messages": [{"role": "user", "content": "tell me a long story"}]}, timeout=30) as r:
            body = "".join(r.iter_text())
        assert time.monotonic() - started < 5
        assert "upstream_timeout" in body
    finally:
        gw.stop()
