"""A local stand-in for Synthetic's OpenAI-compatible API, for the quickstart and the test suite.

It speaks real HTTP (served by uvicorn), records what it receives (so tests can prove what left the
gateway), and answers by echoing the last user message. Model names choose test behaviours:
`...echo-tool...` answers with a tool call whose arguments are the user's text; `...error-500...`,
`...bare-error...` and `...slow...` produce failures; `...stream-chars...` streams one character per
chunk; `...slow-stream...` streams a long answer slowly (and records whether the caller hung up). It is never used when a real upstream key is configured.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import uuid
from typing import Any, AsyncIterator

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

MODELS = [
    "hf:meta-llama/Llama-3.3-70B-Instruct",
    "hf:deepseek-ai/DeepSeek-V3",
    "hf:Qwen/Qwen2.5-Coder-32B-Instruct",
    "hf:test/echo",
]


def last_user_text(body: dict[str, Any]) -> str:
    for msg in reversed(body.get("messages") or []):
        if msg.get("role") == "user":
            content = msg.get("content")
            if isinstance(content, list):
                return "".join(p.get("text", "") for p in content if isinstance(p, dict))
            return content if isinstance(content, str) else ""
    return ""


def make_mock_app(region: str, slow_s: float = 30.0) -> Starlette:
    received: list[dict[str, Any]] = []

    async def models(request: Request) -> Response:
        received.append({"method": "GET", "path": "/models", "authorization": request.headers.get("authorization")})
        return JSONResponse({"object": "list", "data": [{"id": m, "object": "model", "owned_by": "synthetic"} for m in MODELS]})

    async def chat(request: Request) -> Response:
        raw = await request.body()
        body = json.loads(raw)
        received.append({"method": "POST", "path": "/chat/completions", "authorization": request.headers.get("authorization"), "body": body, "raw": raw})
        model = str(body.get("model", ""))
        if "error-500" in model:
            return JSONResponse({"error": {"message": "upstream exploded", "type": "server_error", "code": "internal"}}, status_code=500)
        if "bare-error" in model:
            return JSONResponse({"error": "model is overloaded, try later"}, status_code=429)
        if "slow" in model and "slow-stream" not in model:
            await asyncio.sleep(slow_s)
        text = last_user_text(body)
        tool = "echo-tool" in model
        if body.get("stream"):
            step = 1 if "stream-chars" in model else 3
            if "slow-stream" in model:  # a long answer, to test that a client hang-up cancels it
                text, pause = (text + " ") * 200, 0.05
            else:
                pause = 0.0
            chunks = _stream(model, text, tool, step, body, pause)
            return StreamingResponse(_watch(chunks, received[-1]), media_type="text/event-stream")
        message: dict[str, Any] = {"role": "assistant", "content": None if tool else text}
        if tool:
            message["tool_calls"] = [{"id": "call_1", "type": "function", "function": {"name": "echo", "arguments": text}}]
        return JSONResponse({
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion", "created": int(time.time()),
            "model": model, "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tool else "stop"}],
            "usage": {"prompt_tokens": len(raw) // 4, "completion_tokens": len(text) // 4 + 1, "total_tokens": len(raw) // 4 + len(text) // 4 + 1},
        })

    app = Starlette(routes=[
        Route("/openai/v1/models", models), Route("/openai/v1/chat/completions", chat, methods=["POST"]),
    ])
    app.state.received = received
    app.state.region = region
    return app


async def _watch(chunks: AsyncIterator[str], record: dict[str, Any]) -> AsyncIterator[str]:
    """Note in the request's record whether the stream ran to its end or was cut off by the caller."""
    record["stream_state"] = "open"
    try:
        async for chunk in chunks:
            yield chunk
        record["stream_state"] = "completed"
    except BaseException:
        record["stream_state"] = "cancelled"
        raise
    finally:
        if record["stream_state"] == "open":
            record["stream_state"] = "cancelled"


async def _stream(model: str, text: str, tool: bool, step: int, body: dict[str, Any], pause: float = 0.0) -> AsyncIterator[str]:
    base = {"id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion.chunk", "created": int(time.time()), "model": model}

    def event(delta: dict[str, Any], finish: str | None = None) -> str:
        return "data: " + json.dumps({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}) + "\n\n"

    yield event({"role": "assistant", "content": "" if not tool else None})
    for i in range(0, len(text), step):
        piece = text[i : i + step]
        if tool:
            call: dict[str, Any] = {"index": 0, "function": {"arguments": piece}}
            if i == 0:
                call.update({"id": "call_1", "type": "function"})
                call["function"]["name"] = "echo"
            yield event({"tool_calls": [call]})
        else:
            yield event({"content": piece})
        await asyncio.sleep(pause)
    yield event({}, "tool_calls" if tool else "stop")
    if (body.get("stream_options") or {}).get("include_usage"):
        yield "data: " + json.dumps({**base, "choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 5, "total_tokens": 12}}) + "\n\n"
    yield "data: [DONE]\n\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class BackgroundServer:
    """Runs an ASGI app with uvicorn on 127.0.0.1 in a daemon thread (for the quickstart and tests)."""

    def __init__(self, app: Any, port: int | None = None) -> None:
        self.app = app
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="auto")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self, timeout: float = 60.0) -> "BackgroundServer":
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("background server failed to start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
