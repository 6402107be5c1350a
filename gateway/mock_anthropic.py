"""The local stand-in's Anthropic Messages API (`/anthropic/v1/messages`, `/messages/count_tokens`).

Answers echo the last user text, as the OpenAI side does (`...reply...`: "Noted: " first);
`...echo-tool...` answers with a `tool_use` block whose input carries the text; streams are real
Anthropic event sequences, text in 3-character `text_delta`s and tool input in `input_json_delta`s.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, AsyncIterator, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


def last_user_text(body: dict[str, Any]) -> str:
    for msg in reversed(body.get("messages") or []):
        if not isinstance(msg, dict) or msg.get("role") != "user":
            continue
        content = msg.get("content")
        if isinstance(content, str):
            return content
        texts = []
        for block in content if isinstance(content, list) else []:
            if isinstance(block, dict) and block.get("type") == "text":
                texts.append(str(block.get("text", "")))
            elif isinstance(block, dict) and block.get("type") == "tool_result":
                inner = block.get("content")
                texts.append(inner if isinstance(inner, str) else json.dumps(inner))
        return "".join(texts)
    return ""


def _event(name: str, data: dict[str, Any]) -> str:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n"


async def _stream(model: str, text: str, tool: bool, garbage: bool) -> AsyncIterator[str]:
    message = {"id": f"msg_{uuid.uuid4().hex[:12]}", "type": "message", "role": "assistant", "model": model,
               "content": [], "stop_reason": None, "usage": {"input_tokens": 11, "output_tokens": 0}}
    yield _event("message_start", {"type": "message_start", "message": message})
    if garbage:
        yield "event: content_block_delta\ndata: {not json " + text[:40] + "\n\n"
    if tool:
        block: dict[str, Any] = {"type": "tool_use", "id": "toolu_01", "name": "echo", "input": {}}
        delta_type, field, payload = "input_json_delta", "partial_json", json.dumps({"text": text})
    else:
        block, delta_type, field, payload = {"type": "text", "text": ""}, "text_delta", "text", text
    yield _event("content_block_start", {"type": "content_block_start", "index": 0, "content_block": block})
    for i in range(0, len(payload), 3):
        yield _event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                             "delta": {"type": delta_type, field: payload[i : i + 3]}})
    yield _event("content_block_stop", {"type": "content_block_stop", "index": 0})
    yield _event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use" if tool else "end_turn"},
                                   "usage": {"output_tokens": len(text) // 4 + 1}})
    yield _event("message_stop", {"type": "message_stop"})


def anthropic_routes(received: list[dict[str, Any]], failure: Callable[..., Response | None]) -> list[Route]:
    from gateway.mock_upstream import record  # one recorder for both APIs

    async def messages(request: Request) -> Response:
        body, _ = await record(request, received, "/anthropic/messages")
        model, text = str(body.get("model", "")), last_user_text(body)
        failed = failure(model, text, request, anthropic=True)
        if failed is not None:
            return failed
        if "reply" in model:
            text = "Noted: " + text
        tool = "echo-tool" in model
        if body.get("stream"):
            return StreamingResponse(_stream(model, text, tool, "garbage-stream" in model), media_type="text/event-stream")
        content = ([{"type": "tool_use", "id": "toolu_01", "name": "echo", "input": {"text": text}}] if tool
                   else [{"type": "text", "text": text}])
        return JSONResponse({"id": f"msg_{uuid.uuid4().hex[:12]}", "type": "message", "role": "assistant", "model": model,
                             "content": content, "stop_reason": "tool_use" if tool else "end_turn", "stop_sequence": None,
                             "usage": {"input_tokens": 11, "output_tokens": len(text) // 4 + 1}})

    async def count_tokens(request: Request) -> Response:
        body, raw = await record(request, received, "/anthropic/messages/count_tokens")
        return JSONResponse({"input_tokens": len(raw) // 4})

    return [
        Route("/anthropic/v1/messages", messages, methods=["POST"]),
        Route("/anthropic/v1/messages/count_tokens", count_tokens, methods=["POST"]),
    ]
