"""Validate a chat-completions request body before anything else touches it.

Only the shape the gateway must understand is checked (to find every piece of text the provider
would see); every other parameter passes through unchanged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from gateway.errors import GatewayError, bad_request

ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
TEXT_PART_TYPES = frozenset({"text", "input_text", "output_text", "refusal"})
OPAQUE_PART_TYPES = frozenset({"image_url", "input_audio", "file", "input_image"})


@dataclass(slots=True)
class ChatRequest:
    body: dict[str, Any]  # the whole body; redaction rewrites text inside it in place
    model: str
    stream: bool
    has_opaque_parts: bool  # images, audio or files the detector cannot read


def parse_json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise bad_request("Request body is not valid JSON.", code="invalid_json") from None


def _check_content(content: Any, where: str) -> bool:
    """Returns True when the content has opaque (non-text) parts."""
    if content is None or isinstance(content, str):
        return False
    if not isinstance(content, list):
        raise bad_request(f"{where} must be a string, an array of content parts, or null.", param=where)
    opaque = False
    for j, part in enumerate(content):
        p = f"{where}[{j}]"
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise bad_request(f"{p} must be an object with a string 'type'.", param=p)
        kind = part["type"]
        if kind in TEXT_PART_TYPES:
            key = "refusal" if kind == "refusal" else "text"
            if not isinstance(part.get(key), str):
                raise bad_request(f"{p}.{key} must be a string.", param=f"{p}.{key}")
        elif kind in OPAQUE_PART_TYPES:
            opaque = True
        else:
            raise bad_request(f"{p}.type is not a supported content part type.", param=f"{p}.type")
    return opaque


def _check_tool_calls(calls: Any, where: str) -> None:
    if not isinstance(calls, list):
        raise bad_request(f"{where} must be an array.", param=where)
    for k, call in enumerate(calls):
        p = f"{where}[{k}]"
        fn = call.get("function") if isinstance(call, dict) else None
        if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
            raise bad_request(f"{p}.function.name must be a string.", param=f"{p}.function.name")
        if not isinstance(fn.get("arguments", ""), str):
            raise bad_request(f"{p}.function.arguments must be a string.", param=f"{p}.function.arguments")


def parse_chat_request(raw: bytes) -> ChatRequest:
    body = parse_json(raw)
    if not isinstance(body, dict):
        raise bad_request("Request body must be a JSON object.")
    model = body.get("model")
    if not isinstance(model, str) or not model.strip():
        raise bad_request("'model' is required and must be a non-empty string.", param="model")
    stream = body.get("stream", False)
    if stream is None:
        stream = False
    if not isinstance(stream, bool):
        raise bad_request("'stream' must be a boolean.", param="stream")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad_request("'messages' is required and must be a non-empty array.", param="messages")
    opaque = False
    for i, msg in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(msg, dict):
            raise bad_request(f"{where} must be an object.", param=where)
        if msg.get("role") not in ROLES:
            raise bad_request(f"{where}.role must be one of {', '.join(sorted(ROLES))}.", param=f"{where}.role")
        opaque |= _check_content(msg.get("content"), f"{where}.content")
        if "name" in msg and not isinstance(msg["name"], str):
            raise bad_request(f"{where}.name must be a string.", param=f"{where}.name")
        if msg.get("tool_calls") is not None:
            _check_tool_calls(msg["tool_calls"], f"{where}.tool_calls")
    return ChatRequest(body=body, model=model, stream=stream, has_opaque_parts=opaque)


def payload_too_large(limit: int) -> GatewayError:
    return GatewayError(413, f"Request body exceeds the {limit}-byte limit.", code="request_too_large")
