"""A local stand-in for Synthetic's OpenAI-compatible API, for the quickstart and the test suite.

It speaks real HTTP (served by uvicorn), records what it receives (so tests can prove what left the
gateway), and answers by echoing the last user message. Model names choose test behaviours:
`...echo-tool...` answers with a tool call whose arguments are the user's text; `...error-500...`,
`...bare-error...` and `...slow...` produce failures; `...error-echo...` and `...error-401...` fail
with a message that echoes the prompt and the credential it was given (as careless providers do);
`...garbage-stream...` streams an event that is not JSON; `...stream-chars...` streams one
character per chunk; `...slow-stream...` streams a long answer slowly (and records whether the
caller hung up); `...reply...` answers "Noted: " and the text (an answer that is not the question).
It also serves `/completions`, `/embeddings` and, under `/anthropic/v1`, the Anthropic Messages API
(see `gateway.mock_anthropic`). It is never used when a real upstream key is configured.
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

from gateway.mock_anthropic import anthropic_routes

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
        body, raw = await record(request, received, "/chat/completions")
        model = str(body.get("model", ""))
        text = last_user_text(body)
        failed = failure(model, text, request)
        if failed is not None:
            return failed
        if "reply" in model:
            text = "Noted: " + text
        if "slow" in model and "slow-stream" not in model:
            await asyncio.sleep(slow_s)
        tool = "echo-tool" in model
        if body.get("stream"):
            step = 1 if "stream-chars" in model else 3
            if "slow-stream" in model:  # a long answer, to test that a client hang-up cancels it
                text, pause = (text + " ") * 200, 0.05
            else:
                pause = 0.0
            chunks = _stream(model, text, tool, step, body, pause, garbage="garbage-stream" in model)
            return StreamingResponse(_watch(chunks, received[-1]), media_type="text/event-stream")
        message: dict[str, Any] = {"role": "assistant", "content": None if tool else text}
        if tool:
            message["tool_calls"] = [{"id": "call_1", "type": "function", "function": {"name": "echo", "arguments": text}}]
        return JSONResponse({
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion", "created": int(time.time()),
            "model": model, "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tool else "stop"}],
            "usage": {"prompt_tokens": len(raw) // 4, "completion_tokens": len(text) // 4 + 1, "total_tokens": len(raw) // 4 + len(text) // 4 + 1},
        })

    async def completions(request: Request) -> Response:
        body, raw = await record(request, received, "/completions")
        prompt = body.get("prompt")
        text = prompt if isinstance(prompt, str) else "".join(p for p in prompt or [] if isinstance(p, str))
        model = str(body.get("model", ""))
        failed = failure(model, text, request)
        if failed is not None:
            return failed
        base = {"id": f"cmpl-{uuid.uuid4().hex[:12]}", "object": "text_completion", "created": int(time.time()), "model": model}
        if body.get("stream"):
            async def chunks() -> AsyncIterator[str]:
                for i in range(0, len(text), 3):
                    yield "data: " + json.dumps({**base, "choices": [{"index": 0, "text": text[i : i + 3], "finish_reason": None}]}) + "\n\n"
                yield "data: " + json.dumps({**base, "choices": [{"index": 0, "text": "", "finish_reason": "stop"}]}) + "\n\n"
                yield "data: [DONE]\n\n"
            return StreamingResponse(chunks(), media_type="text/event-stream")
        return JSONResponse({**base, "choices": [{"index": 0, "text": text, "finish_reason": "stop"}],
                             "usage": {"prompt_tokens": len(raw) // 4, "completion_tokens": len(text) // 4 + 1, "total_tokens": len(raw) // 4 + len(text) // 4 + 1}})

    async def embeddings(request: Request) -> Response:
        body, _ = await record(request, received, "/embeddings")
        inputs = body.get("input")
        inputs = [inputs] if isinstance(inputs, str) else list(inputs or [])
        data = [{"object": "embedding", "index": i, "embedding": [len(str(t)) / 100.0, 0.5, -0.25]} for i, t in enumerate(inputs)]
        return JSONResponse({"object": "list", "data": data, "model": body.get("model"),
                             "usage": {"prompt_tokens": sum(len(str(t)) // 4 for t in inputs), "total_tokens": sum(len(str(t)) // 4 for t in inputs)}})

    app = Starlette(routes=[
        Route("/openai/v1/models", models), Route("/openai/v1/chat/completions", chat, methods=["POST"]),
        Route("/openai/v1/completions", completions, methods=["POST"]),
        Route("/openai/v1/embeddings", embeddings, methods=["POST"]),
        *anthropic_routes(received, failure),
    ])
    app.state.received = received
    app.state.region = region
    return app


async def record(request: Request, received: list[dict[str, Any]], path: str) -> tuple[dict[str, Any], bytes]:
    raw = await request.body()
    body = json.loads(raw)
    received.append({"method": "POST", "path": path, "authorization": request.headers.get("authorization"),
                     "x-api-key": request.headers.get("x-api-key"), "body": body, "raw": raw})
    return body, raw


def failure(model: str, text: str, request: Request, anthropic: bool = False) -> Response | None:
    """The failures a model name asks for, in the API's error shape."""
    credential = request.headers.get("x-api-key") or request.headers.get("authorization", "")
    failures = {
        "error-500": (500, "server_error", "upstream exploded"),
        "error-echo": (400, "invalid_request_error", f"Cannot process prompt: {text!r} (auth {credential})"),
        "error-401": (401, "authentication_error", f"Invalid API key provided: {credential}"),
    }
    for marker, (status, kind, message) in failures.items():
        if marker in model:
            if anthropic:
                return JSONResponse({"type": "error", "error": {"type": kind, "message": message}}, status_code=status)
            return JSONResponse({"error": {"message": message, "type": kind, "code": "internal" if status == 500 else "bad_prompt",
                                           "param": "messages"}}, status_code=status)
    if "bare-error" in model:
        return JSONResponse({"error": "model is overloaded, try later"}, status_code=429)
    return None


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


async def _stream(model: str, text: str, tool: bool, step: int, body: dict[str, Any], pause: float = 0.0,
                  garbage: bool = False) -> AsyncIterator[str]:
    base = {"id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion.chunk", "created": int(time.time()), "model": model}

    def event(delta: dict[str, Any], finish: str | None = None) -> str:
        return "data: " + json.dumps({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}) + "\n\n"

    yield event({"role": "assistant", "content": "" if not tool else None})
    if garbage:
        yield "data: {this is not json " + text[:40] + "\n\n"
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
