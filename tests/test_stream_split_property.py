"""However the upstream's SSE bytes are split (inside an event line, inside a placeholder, inside a
multi-byte UTF-8 character), the restored stream carries exactly the text of the non-streamed
restore, for OpenAI chat and for Anthropic messages. And a conversation resent with its history
gets the same placeholders every turn."""

from __future__ import annotations

import asyncio
import json
import random
from pathlib import Path
from typing import Any, AsyncIterator, Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from gateway.mock_anthropic import last_user_text as anthropic_text
from gateway.mock_upstream import BackgroundServer, last_user_text
from tests.gateway_fixtures import RunningGateway, Upstreams, start_gateway

PROMPT = "Grüße an Zoë — Zebulon Quackenbush 😀 (zebulon.quackenbush@example.com), ruf Quackenbush an."


def _chat_events(text: str, sizes: random.Random) -> list[str]:
    base = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    out, i = [], 0
    while i < len(text):
        n = sizes.randint(1, 7)
        out.append("data: " + json.dumps({**base, "choices": [{"index": 0, "delta": {"content": text[i:i + n]}, "finish_reason": None}]}, ensure_ascii=False) + "\n\n")
        i += n
    out.append("data: " + json.dumps({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}) + "\n\n")
    return out + ["data: [DONE]\n\n"]


def _anthropic_events(text: str, sizes: random.Random) -> list[str]:
    def ev(name: str, data: dict[str, Any]) -> str:
        return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"

    out = [ev("message_start", {"type": "message_start", "message": {"id": "m", "type": "message", "role": "assistant",
                                                                     "content": [], "model": "m", "usage": {"input_tokens": 1, "output_tokens": 0}}}),
           ev("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})]
    i = 0
    while i < len(text):
        n = sizes.randint(1, 7)
        out.append(ev("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text[i:i + n]}}))
        i += n
    return out + [ev("content_block_stop", {"type": "content_block_stop", "index": 0}),
                  ev("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 3}}),
                  ev("message_stop", {"type": "message_stop"})]


def make_split_upstream() -> Starlette:
    async def pieces(data: bytes, cuts: list[int]) -> AsyncIterator[bytes]:
        last = 0
        for cut in sorted({c % len(data) for c in cuts} | {len(data)}):
            if cut > last:
                yield data[last:cut]
                await asyncio.sleep(0.002)  # separate writes, so the gateway really reads them apart
                last = cut

    async def answer(request: Request, anthropic: bool) -> Response:
        body = json.loads(await request.body())
        text = anthropic_text(body) if anthropic else last_user_text(body)
        app.state.forwarded.append(body)
        if not body.get("stream"):
            if anthropic:
                return JSONResponse({"id": "m", "type": "message", "role": "assistant", "model": "m",
                                     "content": [{"type": "text", "text": text}], "usage": {"input_tokens": 1, "output_tokens": 1}})
            return JSONResponse({"id": "c", "object": "chat.completion", "model": "m",
                                 "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]})
        sizes = random.Random(app.state.seed)
        events = (_anthropic_events if anthropic else _chat_events)(text, sizes)
        data = "".join(events).encode()
        return StreamingResponse(pieces(data, app.state.cuts), media_type="text/event-stream")

    async def chat(request: Request) -> Response:
        return await answer(request, False)

    async def messages(request: Request) -> Response:
        return await answer(request, True)

    app = Starlette(routes=[Route("/openai/v1/chat/completions", chat, methods=["POST"]),
                            Route("/anthropic/v1/messages", messages, methods=["POST"])])
    app.state.cuts, app.state.seed, app.state.forwarded = [], 0, []
    return app


@pytest.fixture(scope="module")
def split_gateway(upstreams: Upstreams, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningGateway, Starlette]]:
    app = make_split_upstream()
    server = BackgroundServer(app).start()
    gw = start_gateway(tmp_path_factory.mktemp("split"), {"us": upstreams.url("us"), "eu": server.url + "/openai/v1"},
                       {"t": {"region": "eu"}})
    yield gw, app
    gw.stop()
    server.stop()


def _streamed_text(gw: RunningGateway, anthropic: bool, messages: list[dict[str, Any]]) -> str:
    headers = {"x-api-key": gw.keys["t"]}
    path = "/anthropic/v1/messages" if anthropic else "/v1/chat/completions"
    body = {"model": "hf:test/m", "max_tokens": 100, "stream": True, "messages": messages}
    with httpx.stream("POST", gw.url + path, json=body, headers=headers, timeout=30) as r:
        assert r.status_code == 200
        raw = b"".join(r.iter_bytes()).decode("utf-8")
    text = []
    for block in raw.split("\n\n"):
        for line in block.split("\n"):
            if line.startswith("data: ") and line != "data: [DONE]":
                event = json.loads(line[6:])
                if anthropic and event.get("type") == "content_block_delta":
                    text.append(event["delta"].get("text", ""))
                elif not anthropic:
                    text.extend(c["delta"].get("content") or "" for c in event.get("choices", []))
    return "".join(text)


def _whole_text(gw: RunningGateway, anthropic: bool, messages: list[dict[str, Any]]) -> str:
    path = "/anthropic/v1/messages" if anthropic else "/v1/chat/completions"
    r = httpx.post(gw.url + path, json={"model": "hf:test/m", "max_tokens": 100, "messages": messages},
                   headers={"x-api-key": gw.keys["t"]}, timeout=30)
    data = r.json()
    return data["content"][0]["text"] if anthropic else data["choices"][0]["message"]["content"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cuts=st.lists(st.integers(1, 100_000), max_size=40), seed=st.integers(0, 10_000), anthropic=st.booleans())
def test_any_split_of_the_upstream_stream_restores_exactly(split_gateway: tuple[RunningGateway, Starlette],
                                                          cuts: list[int], seed: int, anthropic: bool) -> None:
    gw, app = split_gateway
    app.state.cuts, app.state.seed = cuts, seed
    messages = [{"role": "user", "content": PROMPT}]
    streamed = _streamed_text(gw, anthropic, messages)
    assert streamed == _whole_text(gw, anthropic, messages) == PROMPT
    assert "Quackenbush" not in json.dumps(app.state.forwarded[-1], ensure_ascii=False)


@pytest.mark.parametrize("anthropic", [False, True])
def test_resent_history_gets_the_same_placeholders_every_turn(split_gateway: tuple[RunningGateway, Starlette], anthropic: bool) -> None:
    gw, app = split_gateway
    history: list[dict[str, Any]] = [{"role": "user", "content": PROMPT}]
    seen = []
    for turn in range(3):
        answer = _whole_text(gw, anthropic, history)
        seen.append(json.dumps(app.state.forwarded[-1]["messages"][0], ensure_ascii=False))
        history += [{"role": "assistant", "content": answer}, {"role": "user", "content": f"Turn {turn}: thanks, Quackenbush."}]
    assert seen[0] == seen[1] == seen[2] and "<PERSON_1>" in seen[0]
    last = app.state.forwarded[-1]["messages"]
    assert last[1]["content"] == json.loads(seen[0])["content"]  # the restored answer is pseudonymized alike
