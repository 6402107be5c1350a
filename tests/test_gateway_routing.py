"""The walking gateway: SDK clients, region routing, parameter pass-through, streaming."""

from __future__ import annotations

import httpx
import pytest

from tests.gateway_fixtures import UPSTREAM_KEYS, RunningGateway, Upstreams

ECHO = "hf:test/echo"


@pytest.mark.parametrize("team,region,other", [("us-team", "us", "eu"), ("eu-team", "eu", "us")])
@pytest.mark.parametrize("stream", [False, True])
def test_openai_sdk_reaches_only_its_region(gateway: RunningGateway, clean: Upstreams, team, region, other, stream):
    client = gateway.openai(team)
    messages = [{"role": "user", "content": "What is the capital of France?"}]
    if stream:
        chunks = list(client.chat.completions.create(model=ECHO, messages=messages, stream=True))
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert len(chunks) > 3  # streamed, not one buffered block
    else:
        raw = client.chat.completions.with_raw_response.create(model=ECHO, messages=messages)
        assert raw.headers["x-gateway-region"] == region
        assert len(raw.headers["x-request-id"]) == 32
        text = raw.parse().choices[0].message.content
    assert text == "What is the capital of France?"
    received = clean.received(region)
    assert len(received) == 1
    assert received[0]["authorization"] == f"Bearer {UPSTREAM_KEYS[region]}"
    assert clean.received(other) == []


@pytest.mark.parametrize("stream", [False, True])
def test_litellm_synthetic_route(gateway: RunningGateway, clean: Upstreams, stream):
    import litellm

    response = litellm.completion(
        model=f"synthetic/{ECHO}",
        api_base=gateway.v1,
        api_key=gateway.keys["eu-team"],
        messages=[{"role": "user", "content": "Say hello to the gateway"}],
        stream=stream,
    )
    if stream:
        text = "".join(chunk.choices[0].delta.content or "" for chunk in response)
    else:
        text = response.choices[0].message.content
    assert text == "Say hello to the gateway"
    assert len(clean.chat_bodies("eu")) == 1 and clean.chat_bodies("us") == []
    assert clean.received("eu")[0]["authorization"] == f"Bearer {UPSTREAM_KEYS['eu']}"


def test_parameters_pass_through_unchanged(gateway: RunningGateway, clean: Upstreams):
    params = {
        "temperature": 0.3, "top_p": 0.9, "max_tokens": 77, "max_completion_tokens": 66,
        "frequency_penalty": 0.1, "presence_penalty": -0.2, "stop": ["END", "STOP"], "n": 2, "seed": 1234,
        "tools": [{"type": "function", "function": {"name": "lookup", "description": "Look a thing up",
                   "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}}}],
        "tool_choice": "auto", "response_format": {"type": "json_object"}, "reasoning_effort": "low",
        "user": "build-bot-7", "logit_bias": {"1234": -5}, "parallel_tool_calls": False,
        "vendor_extension": {"anything": [1, 2, 3]},
    }
    client = gateway.openai("us-team")
    client.chat.completions.create(
        model=ECHO, messages=[{"role": "user", "content": "plain question"}],
        extra_body={k: v for k, v in params.items()},
    )
    body = clean.chat_bodies("us")[0]
    for key, value in params.items():
        assert body[key] == value, key
    assert body["messages"] == [{"role": "user", "content": "plain question"}]


def test_stream_options_and_usage_pass_through(gateway: RunningGateway, clean: Upstreams):
    client = gateway.openai("us-team")
    chunks = list(client.chat.completions.create(
        model=ECHO, messages=[{"role": "user", "content": "hi"}], stream=True,
        stream_options={"include_usage": True}))
    assert clean.chat_bodies("us")[0]["stream_options"] == {"include_usage": True}
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 12


def test_models_list_is_filtered_by_policy(gateway: RunningGateway, clean: Upstreams):
    everything = gateway.openai("us-team").models.list()
    limited = gateway.openai("llama-only").models.list()
    assert {m.id for m in limited} == {"hf:meta-llama/Llama-3.3-70B-Instruct"}
    assert len(list(everything)) > 1


def test_model_not_in_allow_list_is_refused(gateway: RunningGateway, clean: Upstreams):
    r = gateway.post("llama-only", {"model": "hf:deepseek-ai/DeepSeek-V3", "messages": [{"role": "user", "content": "x"}]})
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "model_not_allowed"
    assert clean.chat_bodies("us") == []


def test_health_ready_metrics(gateway: RunningGateway):
    assert httpx.get(gateway.url + "/healthz").json() == {"status": "ok"}
    ready = httpx.get(gateway.url + "/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    gateway.post("us-team", {"model": ECHO, "messages": [{"role": "user", "content": "count me"}]})
    text = httpx.get(gateway.url + "/metrics").text
    assert 'gateway_requests_total{outcome="forwarded",region="us",status="200",team="us-team"}' in text
    assert "gateway_request_seconds_bucket" in text


def test_streaming_is_not_buffered(gateway: RunningGateway, clean: Upstreams):
    """Chunks reach the client as separate SSE events, as the upstream produced them."""
    body = {"model": "hf:test/stream-chars", "stream": True, "messages": [{"role": "user", "content": "abcdef"}]}
    events = []
    with httpx.stream("POST", gateway.v1 + "/chat/completions", json=body, timeout=30,
                      headers={"authorization": f"Bearer {gateway.keys['us-team']}"}) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if line.startswith("data:"):
                events.append(line)
    assert len(events) >= 8  # role chunk + 6 one-character chunks + finish + [DONE]
    assert events[-1] == "data: [DONE]"


def test_client_disconnect_cancels_upstream_stream(gateway: RunningGateway, clean: Upstreams):
    import time

    body = {"model": "hf:test/slow-stream", "stream": True, "messages": [{"role": "user", "content": "tell me a long story"}]}
    with httpx.stream("POST", gateway.v1 + "/chat/completions", json=body, timeout=30,
                      headers={"authorization": f"Bearer {gateway.keys['us-team']}"}) as r:
        for line in r.iter_lines():
            if '"content"' in line:
                break  # got the first token; hang up
    record = clean.received("us")[0]
    deadline = time.monotonic() + 10
    while record.get("stream_state") == "open" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert record["stream_state"] == "cancelled"
