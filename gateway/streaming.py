"""Relay an upstream server-sent-event stream chunk by chunk, restoring pseudonyms on the way.

Never buffers the whole answer: each line is forwarded as it arrives. With a vault, each choice's
content and each tool call's arguments get their own StreamRestorer, flushed when that choice ends.
"""

from __future__ import annotations

import json
from typing import Any

from gateway.restore import StreamRestorer, restore
from gateway.vault import PseudonymVault


def restore_completion(data: dict[str, Any], vault: PseudonymVault) -> None:
    """Restore a whole (non-streamed) chat completion in place."""
    for choice in data.get("choices") or []:
        message = choice.get("message") if isinstance(choice, dict) else None
        if not isinstance(message, dict):
            continue
        if isinstance(message.get("content"), str):
            message["content"] = restore(message["content"], vault)
        for call in message.get("tool_calls") or []:
            fn = call.get("function") if isinstance(call, dict) else None
            if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                fn["arguments"] = restore(fn["arguments"], vault, json_string=True)


class ChunkRestorer:
    """Rewrites streamed `chat.completion.chunk` objects in place."""

    def __init__(self, vault: PseudonymVault) -> None:
        self._vault = vault
        self._content: dict[int, StreamRestorer] = {}
        self._args: dict[tuple[int, int], StreamRestorer] = {}
        self._template: dict[str, Any] | None = None

    def _restorer(self, table: dict[Any, StreamRestorer], key: Any, json_string: bool) -> StreamRestorer:
        if key not in table:
            table[key] = StreamRestorer(self._vault, json_string=json_string)
        return table[key]

    def transform(self, chunk: dict[str, Any]) -> None:
        if self._template is None:
            self._template = {k: chunk[k] for k in ("id", "object", "created", "model") if k in chunk}
        for choice in chunk.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", 0)
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                continue
            if isinstance(delta.get("content"), str):
                delta["content"] = self._restorer(self._content, index, False).feed(delta["content"])
            for call in delta.get("tool_calls") or []:
                fn = call.get("function") if isinstance(call, dict) else None
                if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                    key = (index, call.get("index", 0))
                    fn["arguments"] = self._restorer(self._args, key, True).feed(fn["arguments"])
            if choice.get("finish_reason"):
                self._flush_choice(index, delta)

    def _flush_choice(self, index: int, delta: dict[str, Any]) -> None:
        held = self._content.pop(index, None)
        rest = held.flush() if held else ""
        if rest:
            delta["content"] = (delta.get("content") or "") + rest
        for key in [k for k in self._args if k[0] == index]:
            tail = self._args.pop(key).flush()
            if tail:
                delta.setdefault("tool_calls", []).append({"index": key[1], "function": {"arguments": tail}})

    def tail(self) -> dict[str, Any] | None:
        """A last chunk carrying text still held back when the stream ended without finish_reason."""
        choices = []
        for index in sorted({k for k in self._content} | {k[0] for k in self._args}):
            delta: dict[str, Any] = {}
            self._flush_choice(index, delta)
            if delta:
                choices.append({"index": index, "delta": delta, "finish_reason": None})
        if not choices:
            return None
        return {**(self._template or {"object": "chat.completion.chunk"}), "choices": choices}


def usage_of(payload: str) -> dict[str, Any] | None:
    """Token usage from a streamed chunk's JSON text, if it carries any."""
    if '"usage"' not in payload:
        return None
    try:
        usage = json.loads(payload).get("usage")
    except (ValueError, AttributeError):
        return None
    return usage if isinstance(usage, dict) else None
