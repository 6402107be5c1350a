"""The Anthropic Messages wire format (`/anthropic/v1/messages`, `/messages/count_tokens`).

Errors are `{"type": "error", "error": {"type", "message"}}`; streams are named events
(`message_start`, `content_block_start`, `content_block_delta`, ...). Pseudonyms come back in text
and thinking blocks and in `tool_use.input`, streamed across `text_delta`, `thinking_delta` and
`input_json_delta` events with the same bounded hold-back as chat.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.responses import JSONResponse, Response

from gateway.errors import GatewayError, bad_request
from gateway.inspection import (
    EXEMPT,
    FREE,
    IDENT,
    MEDIA_URL,
    OPAQUE,
    SCHEMA,
    Arr,
    ByType,
    Enum,
    Ident,
    Obj,
    Shape,
    Tagged,
    ToolCallId,
    ToolCallIds,
)
from gateway.restore import StreamRestorer, restore
from gateway.vault import PseudonymVault
from gateway.wire.base import Parsed, int_usage, optional_bool, require_model, resends_an_answer

Event = tuple[str | None, dict[str, Any]]
TOOL_ID = ToolCallId()
# Signatures of thinking blocks are the provider's own base64; structural, not text.
SIGNATURE = Ident(re.compile(r"^[A-Za-z0-9+/=_-]{0,200000}$"))
_USAGE = {"input_tokens": "prompt_tokens", "output_tokens": "completion_tokens"}
_ERROR_TYPES = {
    400: "invalid_request_error", 401: "authentication_error", 403: "permission_error", 404: "not_found_error",
    405: "invalid_request_error", 408: "timeout_error", 413: "request_too_large", 429: "rate_limit_error",
    504: "timeout_error", 529: "overloaded_error",
}

TEXT_BLOCK = Obj({"type": EXEMPT, "text": FREE})
IMAGE_BLOCK = Obj({"type": EXEMPT, "source": Tagged({
    "base64": Obj({"type": EXEMPT, "media_type": FREE, "data": OPAQUE}),
    "url": Obj({"type": EXEMPT, "url": MEDIA_URL}),
    "file": Obj({"type": EXEMPT, "file_id": FREE}),
})})
DOCUMENT_BLOCK = Obj({"type": EXEMPT, "source": Tagged({
    "base64": Obj({"type": EXEMPT, "media_type": FREE, "data": OPAQUE}),
    "url": Obj({"type": EXEMPT, "url": MEDIA_URL}),
    "file": Obj({"type": EXEMPT, "file_id": FREE}),
    "text": Obj({"type": EXEMPT, "media_type": FREE, "data": FREE}),  # plain text: inspected
    "content": Obj({"type": EXEMPT, "content": ByType(array=Arr(Tagged({"text": TEXT_BLOCK})))}),
})})
BLOCK = Tagged({
    "text": TEXT_BLOCK,
    "image": IMAGE_BLOCK,
    "document": DOCUMENT_BLOCK,
    "tool_use": Obj({"type": EXEMPT, "id": TOOL_ID, "name": IDENT, "input": FREE}),
    "tool_result": Obj({
        "type": EXEMPT, "tool_use_id": TOOL_ID, "is_error": EXEMPT,
        "content": ByType(array=Arr(Tagged({"text": TEXT_BLOCK, "image": IMAGE_BLOCK, "document": DOCUMENT_BLOCK}))),
    }),
    "thinking": Obj({"type": EXEMPT, "thinking": FREE, "signature": SIGNATURE}),
    "redacted_thinking": Obj({"type": EXEMPT, "data": SIGNATURE}),
})
MESSAGE = Obj({"role": Enum(frozenset({"user", "assistant"})), "content": ByType(array=Arr(BLOCK), strict=True)})
TOOL = Obj({
    "name": IDENT, "description": FREE, "input_schema": SCHEMA,
    "type": Ident(re.compile(r"^[a-z0-9_]{1,64}$")),  # "custom" or a server tool's versioned name
})
_PARAMS = "max_tokens metadata stop_sequences temperature top_k top_p service_tier container mcp_servers".split()
MESSAGES_SHAPE: Shape = Obj({
    **{name: FREE for name in _PARAMS},
    "model": EXEMPT,
    "stream": EXEMPT,
    "messages": Arr(MESSAGE),
    "system": ByType(array=Arr(Tagged({"text": TEXT_BLOCK}))),
    "tools": Arr(TOOL),
    "tool_choice": Obj({"type": Enum(frozenset({"auto", "any", "tool", "none"})), "name": IDENT,
                        "disable_parallel_tool_use": EXEMPT}),
    "thinking": Obj({"type": Enum(frozenset({"enabled", "disabled"})), "budget_tokens": FREE}),
})


def _restore_value(value: Any, vault: PseudonymVault) -> Any:
    """Every string (and key) of a tool_use input, restored."""
    if isinstance(value, str):
        return restore(value, vault)
    if isinstance(value, list):
        return [_restore_value(v, vault) for v in value]
    if isinstance(value, dict):
        return {restore(k, vault): _restore_value(v, vault) for k, v in value.items()}
    return value


def _restore_block(block: dict[str, Any], vault: PseudonymVault | None, ids: ToolCallIds) -> None:
    kind = block.get("type")
    if kind == "tool_use":
        if isinstance(block.get("id"), str):
            block["id"] = ids.original(block["id"])
        if vault and "input" in block:
            block["input"] = _restore_value(block["input"], vault)
    elif vault and kind in ("text", "thinking"):
        field = "text" if kind == "text" else "thinking"
        if isinstance(block.get(field), str):
            block[field] = restore(block[field], vault)


class MessagesFormat:
    endpoint = "/anthropic/v1/messages"
    api = "anthropic"
    upstream_path = "/messages"
    shape = MESSAGES_SHAPE
    restores = True

    def parse(self, body: dict[str, Any]) -> Parsed:
        model = require_model(body)
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise bad_request("'messages' is required and must be a non-empty array.", param="messages")
        return Parsed(model, optional_bool(body, "stream"), conversation=resends_an_answer(messages))

    def restore(self, data: Any, vault: PseudonymVault | None, ids: ToolCallIds) -> None:
        content = data.get("content") if isinstance(data, dict) else None
        for block in content if isinstance(content, list) else []:
            if isinstance(block, dict):
                _restore_block(block, vault, ids)

    def stream_restorer(self, vault: PseudonymVault | None, ids: ToolCallIds) -> "MessageEvents | None":
        return MessageEvents(vault, ids) if vault or ids else None

    def answer_texts(self, data: Any) -> list[str]:
        """Each text block's text (what an assistant turn of the next request carries, block by block)."""
        content = data.get("content") if isinstance(data, dict) else None
        blocks = content if isinstance(content, list) else []
        return [block["text"] for block in blocks
                if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str)]

    def answer_fragments(self, name: str | None, data: dict[str, Any]) -> list[tuple[int, str]]:
        index = data.get("index")
        part = index if isinstance(index, int) else 0
        if data.get("type") == "content_block_start":
            block = data.get("content_block")
            if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str):
                return [(part, block["text"])]
        elif data.get("type") == "content_block_delta":
            delta = data.get("delta")
            if isinstance(delta, dict) and delta.get("type") == "text_delta" and isinstance(delta.get("text"), str):
                return [(part, delta["text"])]
        return []

    def usage(self, data: dict[str, Any]) -> dict[str, int] | None:
        return int_usage(data.get("usage"), _USAGE)

    def error_response(self, error: GatewayError, headers: dict[str, str]) -> Response:
        return JSONResponse(anthropic_error(error), status_code=error.status, headers=headers)

    def error_event(self, error: GatewayError) -> Event:
        return "error", anthropic_error(error)


class CountTokensFormat(MessagesFormat):
    """Inspected exactly like a Messages request (same placeholders, so the count matches what the
    real request will cost); the answer is a number, so nothing is restored."""

    endpoint = "/anthropic/v1/messages/count_tokens"
    upstream_path = "/messages/count_tokens"

    def parse(self, body: dict[str, Any]) -> Parsed:
        parsed = super().parse(body)
        return Parsed(parsed.model, False)

    def restore(self, data: Any, vault: PseudonymVault | None, ids: ToolCallIds) -> None:
        return None


def anthropic_error(error: GatewayError) -> dict[str, Any]:
    return {"type": "error", "error": {"type": _ERROR_TYPES.get(error.status, "api_error"), "message": error.message}}


_DELTA_FIELDS = {"text_delta": ("text", False), "thinking_delta": ("thinking", False), "input_json_delta": ("partial_json", True)}


class MessageEvents:
    """Restores a Messages stream: one StreamRestorer per content block, flushed (as one more
    delta of the block's kind) just before that block's `content_block_stop`."""

    def __init__(self, vault: PseudonymVault | None, ids: ToolCallIds) -> None:
        self._vault, self._ids = vault, ids
        self._blocks: dict[int, tuple[str, StreamRestorer]] = {}

    def event(self, name: str | None, data: dict[str, Any]) -> list[Event]:
        kind, index = data.get("type"), data.get("index", 0)
        if kind == "content_block_start" and isinstance(data.get("content_block"), dict):
            _restore_block(data["content_block"], self._vault, self._ids)
        elif kind == "content_block_delta" and isinstance(data.get("delta"), dict) and self._vault:
            delta = data["delta"]
            field, json_string = _DELTA_FIELDS.get(delta.get("type"), (None, False))
            if field and isinstance(delta.get(field), str):
                if index not in self._blocks:
                    self._blocks[index] = (delta["type"], StreamRestorer(self._vault, json_string=json_string))
                delta[field] = self._blocks[index][1].feed(delta[field])
        elif kind == "content_block_stop":
            return [*self._flush(index), (name, data)]
        return [(name, data)]

    def _flush(self, index: Any) -> list[Event]:
        held = self._blocks.pop(index, None)
        if held is None:
            return []
        delta_type, restorer = held
        rest = restorer.flush()
        if not rest:
            return []
        field = _DELTA_FIELDS[delta_type][0]
        return [("content_block_delta", {"type": "content_block_delta", "index": index,
                                         "delta": {"type": delta_type, field: rest}})]

    def finish(self) -> list[Event]:
        return [event for index in sorted(self._blocks) for event in self._flush(index)]


MESSAGES = MessagesFormat()
COUNT_TOKENS = CountTokensFormat()
