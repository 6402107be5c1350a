"""The Anthropic Messages API through the gateway, driven by the real `anthropic` SDK and a raw SSE client."""

from __future__ import annotations

import json

import anthropic
import httpx
import pytest

from tests.gateway_fixtures import RunningGateway, Upstreams, rows_for

NAME, EMAIL, CARD = "Zebulon Quackenbush", "zebulon.quackenbush@example.com", "4929381332664295"
PROMPT = f"Draft a note to {NAME} ({EMAIL}); never mention card {CARD}."
MODEL = "hf:test/echo"


def client(gw: RunningGateway, team: str = "eu-team") -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gw.url + "/anthropic", api_key=gw.keys[team], max_retries=0)


def sent(upstreams: Upstreams, region: str = "eu", path: str = "/anthropic/messages") -> list[bytes]:
    return [r["raw"] for r in upstreams.received(region) if r["path"] == path]


def assert_clean(raw: bytes) -> None:
    text = raw.decode()
    assert "Quackenbush" not in text and "quackenbush" not in text and CARD not in text


def test_messages_not_streamed_restore_the_answer(gateway: RunningGateway, clean: Upstreams) -> None:
    message = client(gateway).messages.create(
        model=MODEL, max_tokens=100, system=f"You assist {NAME}.", metadata={"user_id": EMAIL},
        messages=[{"role": "user", "content": PROMPT}],
    )
    (raw,) = sent(clean)
    assert_clean(raw)
    forwarded = json.loads(raw)
    assert "<PERSON_1>" in forwarded["system"] and forwarded["metadata"]["user_id"].startswith("<EMAIL_ADDRESS")
    text = message.content[0].text
    assert NAME in text and EMAIL in text and CARD not in text and "<CREDIT_CARD>" in text
    assert not clean.received("us")  # pinned to the team's region


def test_messages_streamed_are_relayed_event_by_event_and_restored(gateway: RunningGateway, clean: Upstreams) -> None:
    events = []
    with client(gateway).messages.stream(model=MODEL, max_tokens=100,
                                         messages=[{"role": "user", "content": PROMPT}]) as stream:
        for event in stream:
            events.append(event.type)
        final = stream.get_final_message()
    assert_clean(sent(clean)[0])
    assert events.count("content_block_delta") > 10  # not buffered into one event
    assert NAME in final.content[0].text and EMAIL in final.content[0].text
    assert final.usage.input_tokens == 11


@pytest.mark.parametrize("stream", [False, True])
def test_tool_use_and_tool_results_are_inspected_and_restored(gateway: RunningGateway, clean: Upstreams, stream: bool) -> None:
    messages = [
        {"role": "user", "content": "Look up the customer."},
        {"role": "assistant", "content": [
            {"type": "thinking", "thinking": f"The customer is {NAME}.", "signature": "c2lnbmF0dXJl"},
            {"type": "tool_use", "id": "toolu_9", "name": "crm_lookup", "input": {"email": EMAIL, "card": int(CARD)}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_9", "content": [{"type": "text", "text": f"Found {NAME}, {EMAIL}"}]},
            {"type": "text", "text": f"Now write to {NAME}."}]},
    ]
    tools = [{"name": "crm_lookup", "description": f"Looks up people like {NAME}",
              "input_schema": {"type": "object", "properties": {"email": {"type": "string"}}}}]
    c = client(gateway)
    if stream:
        with c.messages.stream(model="hf:test/echo-tool", max_tokens=100, messages=messages, tools=tools) as s:
            final = s.get_final_message()
    else:
        final = c.messages.create(model="hf:test/echo-tool", max_tokens=100, messages=messages, tools=tools)
    assert_clean(sent(clean)[0])
    block = final.content[0]
    assert block.type == "tool_use" and block.id == "toolu_01"
    assert NAME in block.input["text"] and EMAIL in block.input["text"]


def test_raw_sse_client_sees_anthropic_events_and_x_api_key_works(gateway: RunningGateway, clean: Upstreams) -> None:
    headers = {"x-api-key": gateway.keys["eu-team"], "anthropic-version": "2023-06-01"}
    body = {"model": MODEL, "max_tokens": 50, "stream": True, "messages": [{"role": "user", "content": PROMPT}]}
    with httpx.stream("POST", gateway.url + "/v1/messages", json=body, headers=headers, timeout=30) as r:
        assert r.status_code == 200 and r.headers["x-gateway-region"] == "eu"
        lines = list(r.iter_lines())
    names = [line[7:] for line in lines if line.startswith("event: ")]
    assert names[0] == "message_start" and names[-1] == "message_stop"
    text = "".join(json.loads(line[6:])["delta"].get("text", "") for line in lines
                   if line.startswith("data: ") and '"content_block_delta"' in line)
    assert NAME in text
    assert clean.received("eu")[0]["x-api-key"] == "sk-test-eu-upstream"
    row = rows_for(gateway, r.headers["x-request-id"])[0]
    assert row.outcome == "forwarded" and row.stream and row.total_tokens == row.prompt_tokens + row.completion_tokens
    assert row.endpoint == "/anthropic/v1/messages" and row.region == "eu"


def test_count_tokens_is_inspected(gateway: RunningGateway, clean: Upstreams) -> None:
    count = client(gateway).messages.count_tokens(model=MODEL, messages=[{"role": "user", "content": PROMPT}])
    assert count.input_tokens > 0
    assert_clean(sent(clean, path="/anthropic/messages/count_tokens")[0])


@pytest.mark.parametrize("body,status,kind", [
    (b"{not json", 400, "invalid_request_error"),
    (b'{"model": "hf:meta-llama/L", "max_tokens": 5, "messages": []}', 400, "invalid_request_error"),
    (b'{"model": "hf:meta-llama/L", "max_tokens": 5, "messages": [{"role": "wizard", "content": "x"}]}', 400, "invalid_request_error"),
    (b'{"model": "hf:meta-llama/L", "max_tokens": 5, "messages": [{"role": "user", "content": [{"type": "mystery"}]}]}', 400, "invalid_request_error"),
    (b'{"model": "gpt:not-allowed", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]}', 403, "permission_error"),
])
def test_bad_bodies_get_anthropic_shaped_errors(gateway: RunningGateway, clean: Upstreams, body: bytes, status: int, kind: str) -> None:
    r = httpx.post(gateway.url + "/anthropic/v1/messages", content=body,
                   headers={"x-api-key": gateway.keys["llama-only"], "content-type": "application/json"})
    assert r.status_code == status, r.text
    assert r.json()["type"] == "error" and r.json()["error"]["type"] == kind
    assert not clean.received("us") and not clean.received("eu")


def test_sdk_raises_typed_errors(gateway: RunningGateway) -> None:
    with pytest.raises(anthropic.AuthenticationError):
        anthropic.Anthropic(base_url=gateway.url + "/anthropic", api_key="sgw_nope_nope", max_retries=0).messages.create(
            model=MODEL, max_tokens=5, messages=[{"role": "user", "content": "hi"}])


@pytest.mark.parametrize("path", ["/anthropic/v1/messages", "/v1/chat/completions"])
def test_garbage_upstream_event_ends_the_stream_with_an_error_event(gateway: RunningGateway, clean: Upstreams, path: str) -> None:
    body = {"model": "hf:test/garbage-stream", "stream": True, "max_tokens": 5,
            "messages": [{"role": "user", "content": f"hello {NAME}"}]}
    with httpx.stream("POST", gateway.url + path, json=body, headers={"x-api-key": gateway.keys["eu-team"]}, timeout=30) as r:
        text = "".join(r.iter_text())
    assert "{this is not json" not in text and "{not json" not in text and "Quackenbush" not in text
    assert "upstream_bad_response" in text or "api_error" in text
    if path.startswith("/anthropic"):
        assert "event: error" in text
    row = rows_for(gateway, r.headers["x-request-id"])[0]
    assert row.outcome == "upstream_error"
