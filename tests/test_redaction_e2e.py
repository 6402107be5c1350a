"""Issue 3 through HTTP with the openai SDK: what leaves the gateway, and what comes back.

All PII below is synthetic: reserved example domains, test card numbers, documentation IP ranges.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import httpx
import pytest
import yaml

from tests.gateway_fixtures import RunningGateway, Upstreams, rows_for, start_gateway

ECHO = "hf:test/echo"
PLANTED = {
    "PERSON": "Johanna Whitfield",
    "EMAIL_ADDRESS": "johanna.whitfield@example.com",
    "PHONE_NUMBER": "+1 212-555-0187",
    "CREDIT_CARD": "4111 1111 1111 1111",
    "IBAN_CODE": "DE89370400440532013000",
    "US_SSN": "536-22-8147",
    "IP_ADDRESS": "203.0.113.42",
    "STREET_ADDRESS": "1234 Maple Avenue",
}
PROMPT = (
    f"Please write to {PLANTED['PERSON']} at {PLANTED['EMAIL_ADDRESS']} or call {PLANTED['PHONE_NUMBER']}. "
    f"She lives at {PLANTED['STREET_ADDRESS']}, Springfield. Card {PLANTED['CREDIT_CARD']}, "
    f"IBAN {PLANTED['IBAN_CODE']}, SSN {PLANTED['US_SSN']}, last login from {PLANTED['IP_ADDRESS']}."
)


def assert_clean(raw: bytes) -> None:
    text = raw.decode()
    for entity, value in PLANTED.items():
        assert value not in text, entity
        assert json.dumps(value)[1:-1] not in text, entity


def test_default_policy_removes_every_planted_value(gateway: RunningGateway, clean: Upstreams):
    client = gateway.openai("eu-team")
    args = json.dumps({"to": PLANTED["EMAIL_ADDRESS"], "name": PLANTED["PERSON"], "card": PLANTED["CREDIT_CARD"]})
    client.chat.completions.create(model=ECHO, messages=[
        {"role": "system", "content": f"You assist {PLANTED['PERSON']}."},
        {"role": "user", "name": "Johanna_Whitfield", "content": [
            {"type": "text", "text": PROMPT},
            {"type": "text", "text": f"Also IBAN {PLANTED['IBAN_CODE']} and IP {PLANTED['IP_ADDRESS']}"},
        ]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_9", "type": "function", "function": {"name": "send_mail", "arguments": args}}]},
        {"role": "tool", "tool_call_id": "call_9", "content": f"Sent to {PLANTED['EMAIL_ADDRESS']}, SSN {PLANTED['US_SSN']}"},
        {"role": "user", "content": PROMPT},
    ])
    raw = clean.received("eu")[0]["raw"]
    assert_clean(raw)
    body = clean.chat_bodies("eu")[0]
    forwarded_args = body["messages"][2]["tool_calls"][0]["function"]["arguments"]
    parsed = json.loads(forwarded_args)  # still valid JSON
    assert set(parsed) == {"to", "name", "card"}
    assert parsed["card"] == "<CREDIT_CARD>"
    assert "<EMAIL_ADDRESS_1>" in body["messages"][4]["content"]
    assert "<US_SSN>" in body["messages"][4]["content"]


@pytest.mark.parametrize("model", ["hf:test/echo", "hf:test/stream-chars"])
@pytest.mark.parametrize("stream", [False, True])
def test_pseudonyms_restored_exactly(gateway: RunningGateway, clean: Upstreams, model, stream):
    prompt = (f"Dear {PLANTED['PERSON']}, your mail {PLANTED['EMAIL_ADDRESS']} and phone {PLANTED['PHONE_NUMBER']} "
              f"were updated; {PLANTED['PERSON']} confirmed from {PLANTED['IP_ADDRESS']}.")
    client = gateway.openai("eu-team")
    messages = [{"role": "user", "content": prompt}]
    if stream:
        chunks = list(client.chat.completions.create(model=model, messages=messages, stream=True))
        answer = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    else:
        answer = client.chat.completions.create(model=model, messages=messages).choices[0].message.content
    assert answer == prompt
    sent = clean.chat_bodies("eu")[0]["messages"][0]["content"]
    assert sent.count("<PERSON_1>") == 2  # same value, same placeholder
    assert_clean(clean.received("eu")[0]["raw"])


@pytest.mark.parametrize("stream", [False, True])
def test_tool_call_arguments_restored(gateway: RunningGateway, clean: Upstreams, stream):
    args = json.dumps({"recipient": PLANTED["EMAIL_ADDRESS"], "note": f"call {PLANTED['PERSON']} on {PLANTED['PHONE_NUMBER']}"})
    client = gateway.openai("eu-team")
    messages = [{"role": "user", "content": args}]
    tools = [{"type": "function", "function": {"name": "echo", "parameters": {"type": "object"}}}]
    if stream:
        chunks = list(client.chat.completions.create(model="hf:test/echo-tool-stream-chars", messages=messages, tools=tools, stream=True))
        got = "".join(tc.function.arguments or "" for c in chunks if c.choices for tc in (c.choices[0].delta.tool_calls or []))
    else:
        resp = client.chat.completions.create(model="hf:test/echo-tool", messages=messages, tools=tools)
        got = resp.choices[0].message.tool_calls[0].function.arguments
    assert got == args
    assert json.loads(got)["recipient"] == PLANTED["EMAIL_ADDRESS"]
    assert_clean(clean.received("eu")[0]["raw"])


def test_block_names_entity_types_only(gateway: RunningGateway, clean: Upstreams):
    r = gateway.post("us-blocker", {"model": ECHO, "messages": [{"role": "user", "content": PROMPT}]})
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["code"] == "pii_blocked"
    assert "CREDIT_CARD" in err["message"] and "US_SSN" in err["message"]
    assert_clean(r.content)
    assert clean.received("us") == []


def test_dry_run_forwards_unchanged(gateway: RunningGateway, clean: Upstreams):
    body = {"model": ECHO, "messages": [{"role": "user", "content": PROMPT}]}
    r = gateway.post("eu-dry", body)
    assert r.status_code == 200
    assert clean.chat_bodies("eu")[0]["messages"] == body["messages"]


def test_actions_mask_hash_redact_allow_deny_custom(gateway: RunningGateway, clean: Upstreams):
    prompt = (f"{PLANTED['PERSON']} from Acme Corp on Project Falcon, mail {PLANTED['EMAIL_ADDRESS']}, "
              f"phone {PLANTED['PHONE_NUMBER']}, employee EMP-123456.")
    r1 = gateway.post("actions", {"model": ECHO, "messages": [{"role": "user", "content": prompt}]})
    r2 = gateway.post("actions", {"model": ECHO, "messages": [{"role": "user", "content": prompt}]})
    assert r1.status_code == r2.status_code == 200
    first, second = (b["messages"][0]["content"] for b in clean.chat_bodies("us"))
    assert "Acme Corp" in first  # allow-listed
    assert "Project Falcon" not in first and "<DENY_LIST>" in first
    assert "<PERSON>" in first and PLANTED["PERSON"] not in first
    assert "EMP-123456" not in first and "<EMPLOYEE_ID>" in first
    assert PLANTED["EMAIL_ADDRESS"] not in first and ".com" in first and "*" in first  # masked, tail kept
    assert "<PHONE_NUMBER:" in first
    assert first == second  # hash tokens are stable within the team


def test_images_follow_policy(gateway: RunningGateway, clean: Upstreams):
    content = [{"type": "text", "text": "what is this?"},
               {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]
    blocked = gateway.post("eu-team", {"model": ECHO, "messages": [{"role": "user", "content": content}]})
    assert blocked.status_code == 400 and blocked.json()["error"]["code"] == "content_blocked"
    assert clean.received("eu") == []
    allowed = gateway.post("images-ok", {"model": ECHO, "messages": [{"role": "user", "content": content}]})
    assert allowed.status_code == 200
    assert clean.chat_bodies("eu")[0]["messages"][0]["content"][1]["type"] == "image_url"


def test_no_restore_keeps_placeholders(gateway: RunningGateway, clean: Upstreams):
    r = gateway.post("no-restore", {"model": ECHO, "messages": [{"role": "user", "content": f"mail {PLANTED['EMAIL_ADDRESS']}"}]})
    assert r.json()["choices"][0]["message"]["content"] == "mail <EMAIL_ADDRESS_1>"


def test_placeholder_typed_by_user_is_not_rewritten(gateway: RunningGateway, clean: Upstreams):
    prompt = f"Literal <EMAIL_ADDRESS_1> stays; real one {PLANTED['EMAIL_ADDRESS']} goes."
    r = gateway.post("eu-team", {"model": ECHO, "messages": [{"role": "user", "content": prompt}]})
    assert r.json()["choices"][0]["message"]["content"] == prompt
    assert "<EMAIL_ADDRESS_2>" in clean.chat_bodies("eu")[0]["messages"][0]["content"]


def test_concurrent_requests_never_share_pseudonyms(gateway: RunningGateway, clean: Upstreams):
    people = [(f"Person{i} Testcase", f"user{i}.test@example.org") for i in range(12)]
    results: dict[int, str] = {}

    def call(i: int) -> None:
        prompt = f"Contact {people[i][1]} today please."
        r = gateway.post("eu-team", {"model": "hf:test/stream-chars" if i % 2 else ECHO,
                                     "messages": [{"role": "user", "content": prompt}]})
        results[i] = r.json()["choices"][0]["message"]["content"] if r.status_code == 200 else f"HTTP {r.status_code}"

    threads = [threading.Thread(target=call, args=(i,)) for i in range(len(people))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i, (_, email) in enumerate(people):
        assert results[i] == f"Contact {email} today please."
    for body in clean.chat_bodies("eu"):
        assert "example.org" not in body["messages"][0]["content"]


@pytest.fixture
def failing_detector(upstreams: Upstreams, tmp_path: Path):
    gw = start_gateway(tmp_path, {"us": upstreams.url("us"), "eu": upstreams.url("eu")},
                       {"strict": {"region": "eu"}, "lenient": {"region": "eu", "pii": {"on_detector_error": "forward"}}},
                       detector={"timeout_s": 0.000001})
    yield gw
    gw.stop()


def test_detector_failure_fails_closed(failing_detector: RunningGateway, upstreams: Upstreams):
    upstreams.clear()
    r = failing_detector.post("strict", {"model": ECHO, "messages": [{"role": "user", "content": PROMPT}]})
    assert r.status_code == 503 and r.json()["error"]["code"] == "detector_error"
    assert upstreams.received("eu") == []
    rows = rows_for(failing_detector, r.headers["x-request-id"])
    assert [(row.outcome, row.status) for row in rows] == [("detector_error", 503)]
    # The explicit, documented opt-out forwards unchanged.
    r = failing_detector.post("lenient", {"model": ECHO, "messages": [{"role": "user", "content": "hello"}]})
    assert r.status_code == 200 and len(upstreams.chat_bodies("eu")) == 1


def test_invalid_policy_change_keeps_last_good(gateway: RunningGateway, clean: Upstreams):
    path = gateway.policies_dir / "actions.yaml"
    good = path.read_text()
    body = {"model": ECHO, "messages": [{"role": "user", "content": "Project Falcon status"}]}
    try:
        assert gateway.post("actions", body).status_code == 200
        broken = yaml.safe_load(good)
        broken["pii"]["entities"]["NOT_AN_ENTITY"] = "redact"
        path.write_text(yaml.safe_dump(broken))
        time.sleep(1.2)
        assert gateway.post("actions", body).status_code == 200
        assert "<DENY_LIST>" in clean.chat_bodies("us")[-1]["messages"][0]["content"]
        fixed = yaml.safe_load(good)
        fixed["pii"]["deny"] = []
        path.write_text(yaml.safe_dump(fixed))
        time.sleep(1.2)
        assert gateway.post("actions", body).status_code == 200
        assert clean.chat_bodies("us")[-1]["messages"][0]["content"] == "Project Falcon status"
    finally:
        path.write_text(good)
        time.sleep(1.2)
